package com.shopmate.recommendation.model;

import com.shopmate.kit.model.ModelLoader;
import com.shopmate.reco.model.NextItemModel;
import com.shopmate.reco.model.NextItemSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How recommendation-service reads its kind of model: a version folder holding {@value RecoModel#FILE}, the newest
 * being the last written; with none saved, an empty model (popularity only knows nothing yet) until the first
 * training from the shop's history, which the service starts as soon as it has read it ({@link RecoTraining}).
 */
final class RecoModelLoader implements ModelLoader<RecoModel> {

    static final String BUILT_IN = "built-in";

    @Override
    public RecoModel load(Path version) {
        return RecoModel.load(version);
    }

    @Override
    public RecoModel builtIn() {
        return new RecoModel(NextItemModel.train(List.of(), NextItemSettings.defaults()), BUILT_IN);
    }

    @Override
    public Optional<Path> newest(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(folder)) {
            return versions.filter(path -> Files.isRegularFile(path.resolve(RecoModel.FILE)))
                    .max(Comparator.comparing(path -> path.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    @Override
    public String modelVersion(RecoModel model) {
        return model.version();
    }
}
