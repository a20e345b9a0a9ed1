package com.shopmate.reco.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The saved model: gzip of a binary stream that opens with {@code SHOPMATE-NEXT-ITEM} and a format version, then
 * the settings, the item ids (in index order), their recency-weighted counts and the transition rows. What can be
 * derived (shares, the popularity logs) is rebuilt on load. A version this code does not know is refused.
 */
final class NextItemModelFormat {

    static final String MAGIC = "SHOPMATE-NEXT-ITEM";
    static final int VERSION = 1;

    private NextItemModelFormat() {
    }

    static void write(SavedModel model, OutputStream out) throws IOException {
        // Not closed: the caller owns the stream. finish() flushes gzip's trailer.
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        data.writeUTF(MAGIC);
        data.writeInt(VERSION);
        NextItemSettings s = model.settings();
        data.writeInt(s.window());
        data.writeDouble(s.distanceDecay());
        data.writeDouble(s.backwardWeight());
        data.writeInt(s.historyLength());
        data.writeDouble(s.historyDecay());
        data.writeDouble(s.twoHopWeight());
        data.writeDouble(s.popularityWeight());
        data.writeDouble(s.popularityRecencyDecay());
        data.writeInt(model.ids().size());
        for (int i = 0; i < model.ids().size(); i++) {
            data.writeUTF(model.ids().get(i));
            data.writeDouble(model.recentCounts()[i]);
        }
        SparseRows rows = model.transitions();
        data.writeInt(rows.entryCount());
        for (int i = 1; i < rows.rowStarts().length; i++) {
            data.writeInt(rows.rowStarts()[i] - rows.rowStarts()[i - 1]);
        }
        for (int i = 0; i < rows.entryCount(); i++) {
            data.writeInt(rows.columns()[i]);
            data.writeFloat(rows.weights()[i]);
        }
        data.flush();
        gzip.finish();
    }

    static SavedModel read(InputStream in) throws IOException {
        DataInputStream data;
        try {
            data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
            if (!MAGIC.equals(data.readUTF())) {
                throw new IOException("not a next-item model");
            }
        } catch (ZipException | EOFException | UTFDataFormatException e) {
            throw new IOException("not a next-item model: " + e.getMessage(), e);
        }
        int version = data.readInt();
        if (version != VERSION) {
            throw new IOException("next-item model format " + version + " is not supported (this code reads "
                    + VERSION + ")");
        }
        NextItemSettings settings = new NextItemSettings(data.readInt(), data.readDouble(), data.readDouble(),
                data.readInt(), data.readDouble(), data.readDouble(), data.readDouble(), data.readDouble());
        int itemCount = data.readInt();
        List<String> ids = new ArrayList<>(itemCount);
        double[] recentCounts = new double[itemCount];
        for (int i = 0; i < itemCount; i++) {
            ids.add(data.readUTF());
            recentCounts[i] = data.readDouble();
        }
        int entries = data.readInt();
        int[] starts = new int[itemCount + 1];
        for (int i = 0; i < itemCount; i++) {
            starts[i + 1] = starts[i] + data.readInt();
        }
        int[] columns = new int[entries];
        float[] weights = new float[entries];
        for (int i = 0; i < entries; i++) {
            columns[i] = data.readInt();
            weights[i] = data.readFloat();
            if (columns[i] < 0 || columns[i] >= itemCount) {
                throw new IOException("corrupt next-item model: item " + columns[i] + " of " + itemCount);
            }
        }
        if (starts[itemCount] != entries) {
            throw new IOException("corrupt next-item model: rows hold " + starts[itemCount] + " links, not "
                    + entries);
        }
        return new SavedModel(settings, ids, recentCounts, new SparseRows(starts, columns, weights));
    }

    /** What the file holds. */
    record SavedModel(NextItemSettings settings, List<String> ids, double[] recentCounts, SparseRows transitions) {
    }
}
