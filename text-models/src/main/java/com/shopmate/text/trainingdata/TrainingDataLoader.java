package com.shopmate.text.trainingdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads Shopmate training data (docs/nlu-training-data.md) from files and directories of {@code *.yml}, merging
 * intents, lookups and synonyms by name across files, and validates all of it.
 */
public final class TrainingDataLoader {

    private TrainingDataLoader() {
    }

    /**
     * @param paths files, or directories whose {@code *.yml} and {@code *.yaml} files (not sub-directories) are read
     *              in name order
     * @throws TrainingDataException listing every problem, each with its file and line
     */
    public static TrainingData load(Path... paths) {
        List<TrainingDataSource> sources = new ArrayList<>();
        for (Path path : paths) {
            sources.addAll(sourcesAt(path));
        }
        return load(sources);
    }

    /** @throws TrainingDataException listing every problem, each with its source name and line */
    public static TrainingData load(List<TrainingDataSource> sources) {
        TrainingDataBuilder builder = new TrainingDataBuilder();
        for (TrainingDataSource source : sources) {
            YamlReader.read(source, builder::problem).ifPresentOrElse(
                    root -> new ShopmateFormatReader(source.name(), builder).read(root),
                    () -> builder.problem(new TrainingDataBuilder.Location(source.name(), 0), null,
                            "the file is empty or not valid YAML"));
        }
        return builder.build();
    }

    /** The training-data files at a path: the file itself, or a directory's YAML files in name order. */
    static List<TrainingDataSource> sourcesAt(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(TrainingDataSource.of(path));
        }
        if (!Files.isDirectory(path)) {
            throw new TrainingDataException(List.of(new TrainingDataProblem(path.toString(), 0, null,
                    "no such file or directory")));
        }
        try (Stream<Path> files = Files.list(path)) {
            List<TrainingDataSource> sources = files
                    .filter(file -> Files.isRegularFile(file) && isYaml(file))
                    .sorted()
                    .map(TrainingDataSource::of)
                    .toList();
            if (sources.isEmpty()) {
                throw new TrainingDataException(List.of(new TrainingDataProblem(path.toString(), 0, null,
                        "no *.yml files in the directory")));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list training data in " + path, e);
        }
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }
}
