package com.shopmate.recommendation.model;

import com.shopmate.reco.model.NextItemModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One trained version: the next-item model and where it came from. Saved as {@value #FILE} in its version folder.
 *
 * @param version the version folder's name ({@code reco-20261205-210000}), or {@code built-in} for the empty model a
 *                service starts on before its first training
 */
public record RecoModel(NextItemModel nextItems, String version) {

    static final String FILE = "next-items.bin";

    public static RecoModel load(Path folder) {
        try (InputStream in = Files.newInputStream(folder.resolve(FILE))) {
            return new RecoModel(NextItemModel.load(in), folder.getFileName().toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the recommendation model in " + folder + ": " + e, e);
        }
    }

    /** Writes the model into {@code folder} (created). */
    public void save(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve(FILE))) {
            nextItems.save(out);
        }
    }
}
