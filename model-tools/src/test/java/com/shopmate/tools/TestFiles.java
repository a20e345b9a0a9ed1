package com.shopmate.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.text.classifier.LabeledText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Input files for the commands under test. */
public final class TestFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    // text-models' tiny sentiment pack, in its test jar.
    private static final List<String> TINY_PACK = List.of("sentiment/pack/shop.yml");

    private TestFiles() {
    }

    /** JSON Lines {@code {"text","label"}}, as the data sets have them. */
    public static Path jsonl(Path file, List<LabeledText> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        for (LabeledText row : rows) {
            lines.add(JSON.writeValueAsString(Map.of("text", row.text(), "label", row.label())));
        }
        Files.createDirectories(file.getParent());
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The tiny sentiment pack as a folder, which is what {@code --pack} takes. */
    public static Path tinySentimentPack(Path dir) throws IOException {
        for (String resource : TINY_PACK) {
            Path file = dir.resolve(resource);
            Files.createDirectories(file.getParent());
            try (InputStream in = TestFiles.class.getClassLoader().getResourceAsStream(resource)) {
                Files.copy(in, file);
            }
        }
        return dir.resolve("sentiment/pack");
    }

    public static List<String> tinySentimentPackResources() {
        return TINY_PACK;
    }
}
