package com.shopmate.text.sentiment;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.Language;
import com.shopmate.text.trainingdata.TrainingDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Shopper messages to customer service, each with a polarity and an emotion: the built-in pack that
 * sentiment-service trains at start, or a shop's own files in the same YAML format (see
 * docs/sentiment-training-data.md). Loading checks every file and reports every problem at once.
 */
public record SentimentPack(List<Example> examples) {

    /** One message of the pack. */
    public record Example(String text, Language language, String polarity, String emotion) {
    }

    public SentimentPack {
        examples = List.copyOf(examples);
    }

    /** @throws SentimentPackException listing every problem of every file */
    public static SentimentPack load(List<TrainingDataSource> files) {
        return new SentimentPack(SentimentPackReader.read(files));
    }

    /** The {@code *.yml} and {@code *.yaml} files of {@code directory}, in name order. */
    public static SentimentPack loadDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("no sentiment pack at " + directory + " (not a directory)");
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<TrainingDataSource> sources = files
                    .filter(f -> f.getFileName().toString().endsWith(".yml")
                            || f.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .map(TrainingDataSource::of)
                    .toList();
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("no sentiment pack at " + directory + " (no .yml files)");
            }
            return load(sources);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /** @param resources class-path resources such as {@code sentiment/training/orders.yml} */
    public static SentimentPack fromClasspath(ClassLoader loader, List<String> resources) {
        return load(resources.stream().map(r -> TrainingDataSource.ofResource(loader, r)).toList());
    }

    /** Every example labelled with its tone ({@code negative/anger}): what the sentiment model trains on. */
    public List<LabeledText> tones() {
        return examples.stream().map(e -> new LabeledText(e.text(), SentimentLabels.tone(e.polarity(), e.emotion())))
                .toList();
    }

    /** Per language, per polarity and emotion, how many examples: "zh: 245 neutral/neutral, ...". */
    public String describe() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (Example e : examples) {
            counts.computeIfAbsent(e.language().code(), l -> new TreeMap<>())
                    .merge(SentimentLabels.tone(e.polarity(), e.emotion()), 1L, Long::sum);
        }
        return counts.entrySet().stream().map(language -> String.format(Locale.ROOT, "%s %d (%s)", language.getKey(),
                        language.getValue().values().stream().mapToLong(Long::longValue).sum(),
                        language.getValue().entrySet().stream().map(c -> c.getValue() + " " + c.getKey())
                                .collect(Collectors.joining(", "))))
                .collect(Collectors.joining("; "));
    }
}
