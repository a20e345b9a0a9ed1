package com.shopmate.tools.eval;

import java.util.ArrayList;
import java.util.List;

/** A table of strings, printed with aligned columns on the console, or as HTML in a report. */
public final class TextTable {

    private final String title;
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(String title, String... headers) {
        this.title = title;
        this.headers = List.of(headers);
    }

    public TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(String.valueOf(c));
        }
        rows.add(row);
        return this;
    }

    public String title() {
        return title;
    }

    /** Numbers right-aligned, text left-aligned; the first column is assumed to be text. */
    public String render() {
        int[] width = new int[headers.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = headers.get(c).length();
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder(title).append('\n');
        appendRow(out, headers, width);
        for (int c = 0; c < width.length; c++) {
            out.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        out.append('\n');
        rows.forEach(r -> appendRow(out, r, width));
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<String> cells, int[] width) {
        for (int c = 0; c < width.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            out.append(c == 0 ? "" : "  ").append(c == 0 ? cell + pad : pad + cell);
        }
        out.append('\n');
    }

    public String toHtml() {
        StringBuilder out = new StringBuilder("<h2>").append(HtmlReport.escape(title)).append("</h2>\n<table><tr>");
        headers.forEach(h -> out.append("<th>").append(HtmlReport.escape(h)).append("</th>"));
        out.append("</tr>\n");
        for (List<String> r : rows) {
            out.append("<tr>");
            r.forEach(cell -> out.append("<td>").append(HtmlReport.escape(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        return out.append("</table>\n").toString();
    }
}
