package com.shopmate.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The examples of the built-in intent packs (nlu-service's {@code nlu/training/*.yml}) as shoppers would type them:
 * the entity markup taken out, an annotated order number turned into a slot for one of the writer's own orders.
 */
public final class PackExamples {

    /**
     * Left out: a stray "yes" after "cancel my order?" would confirm it, and the bench must not change the demo
     * shop's orders.
     */
    static final Set<String> LEFT_OUT_INTENTS = Set.of("affirm");

    // [text](entity) or [text]{"entity": ...}
    private static final Pattern ANNOTATION = Pattern.compile("\\[([^\\]]+)\\](\\(([a-z_]+)\\)|\\{[^}]*\\})");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private PackExamples() {
    }

    /** Every example of every {@code *.yml} file in {@code dir}, in file and list order. */
    public static List<ShopperText> read(Path dir) {
        List<ShopperText> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                readFile(file, texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the intent packs in " + dir, e);
        }
        return texts;
    }

    private static void readFile(Path file, List<ShopperText> texts) throws IOException {
        for (JsonNode intent : YAML.readTree(file.toFile()).path("intents")) {
            if (LEFT_OUT_INTENTS.contains(intent.path("name").asText())) {
                continue;
            }
            intent.path("examples").forEach(language -> language.forEach(example -> {
                String text = example.asText("");
                if (!text.isBlank()) {
                    texts.add(unannotated(text));
                }
            }));
        }
    }

    static ShopperText unannotated(String example) {
        Matcher annotation = ANNOTATION.matcher(example);
        StringBuilder text = new StringBuilder();
        boolean orderSlot = false;
        while (annotation.find()) {
            boolean isOrder = "order_id".equals(annotation.group(3));
            orderSlot |= isOrder;
            annotation.appendReplacement(text, Matcher.quoteReplacement(
                    isOrder ? ShopperText.ORDER_SLOT : annotation.group(1)));
        }
        annotation.appendTail(text);
        return new ShopperText(text.toString(), orderSlot);
    }
}
