package com.shopmate.tools.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A self-contained HTML page (inline CSS, inline SVG, no scripts): opens anywhere, attaches to a ticket. */
public final class HtmlReport {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}"
            + "table{border-collapse:collapse;margin-bottom:1.5em}th,td{border:1px solid #ccc;padding:2px 8px}"
            + "td{text-align:right}td:first-child{text-align:left}th{background:#eee}"
            + "pre{background:#f6f6f6;padding:.6em;overflow-x:auto}";

    private final StringBuilder body = new StringBuilder();
    private final String title;

    public HtmlReport(String title) {
        this.title = title;
        body.append("<h1>").append(escape(title)).append("</h1>\n");
    }

    public HtmlReport paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    public HtmlReport preformatted(String text) {
        body.append("<pre>").append(escape(text)).append("</pre>\n");
        return this;
    }

    public HtmlReport table(TextTable table) {
        body.append(table.toHtml());
        return this;
    }

    public HtmlReport heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    /** Inserts markup as is: for SVG built by this package's code, never for data. */
    public HtmlReport raw(String markup) {
        body.append(markup).append('\n');
        return this;
    }

    public void write(Path file) {
        String page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title><style>"
                + STYLE + "</style></head><body>\n" + body + "</body></html>\n";
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + file, e);
        }
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
