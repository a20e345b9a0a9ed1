package com.shopmate.text.trainingdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads Rasa 3.x NLU training data ({@code version: "3.1"}, {@code nlu:} with {@code - intent:}, {@code - synonym:},
 * {@code - lookup:} and {@code - regex:} items) into {@link TrainingData}, so Rasa users bring their data over.
 * Rasa files have no language: each example, alias and lookup value is Chinese when it has a Han character.
 */
public final class RasaNluImporter {

    private RasaNluImporter() {
    }

    /**
     * @param paths Rasa files, or directories searched recursively for {@code *.yml} and {@code *.yaml}, as Rasa does
     * @throws TrainingDataException listing every problem, each with its file and line
     */
    public static RasaImport load(Path... paths) {
        List<TrainingDataSource> sources = new ArrayList<>();
        for (Path path : paths) {
            sources.addAll(sourcesUnder(path));
        }
        return load(sources);
    }

    /** @throws TrainingDataException listing every problem, each with its source name and line */
    public static RasaImport load(List<TrainingDataSource> sources) {
        TrainingDataBuilder builder = new TrainingDataBuilder();
        List<String> notices = new ArrayList<>();
        Set<String> regexNames = new LinkedHashSet<>();
        for (TrainingDataSource source : sources) {
            YamlReader.read(source, builder::problem).ifPresent(root ->
                    new RasaFileReader(source.name(), builder, notices, regexNames).read(root));
        }
        TrainingData data = builder.build();
        if (!regexNames.isEmpty()) {
            notices.add(regexNames.size() + " regex" + (regexNames.size() == 1 ? "" : "es") + " kept ("
                    + String.join(", ", regexNames) + "): they find entities of those types");
        }
        return new RasaImport(data, notices);
    }

    private static List<TrainingDataSource> sourcesUnder(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(TrainingDataSource.of(path));
        }
        if (!Files.isDirectory(path)) {
            throw new TrainingDataException(List.of(new TrainingDataProblem(path.toString(), 0, null,
                    "no such file or directory")));
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".yml") || file.toString().endsWith(".yaml"))
                    .sorted()
                    .map(TrainingDataSource::of)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list Rasa data in " + path, e);
        }
    }
}
