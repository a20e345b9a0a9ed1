package com.shopmate.text.entities;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.shopmate.text.trainingdata.RegexFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link EntityModel} inside a model artifact's directory: {@code entities.json} (format, version, gazetteer
 * entries, synonyms, regexes) and, when a tagger was trained, {@code entity-tagger.bin} (OpenNLP's model file).
 */
final class EntityModelArtifact {

    static final String FORMAT = "shopmate-entity-model/1";
    static final String METADATA_FILE = "entities.json";
    static final String TAGGER_FILE = "entity-tagger.bin";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Metadata(String format, String version, List<GazetteerEntry> gazetteer, Map<String, String> synonyms,
                    List<RegexFeature> regexes, String taggerFile) {
    }

    private EntityModelArtifact() {
    }

    static void write(EntityModel model, Path directory) {
        try {
            Files.createDirectories(directory);
            String taggerFile = null;
            if (model.learnedTagger().isPresent()) {
                taggerFile = TAGGER_FILE;
                Files.write(directory.resolve(TAGGER_FILE), model.tagger().bytes());
            }
            JSON.writeValue(directory.resolve(METADATA_FILE).toFile(), new Metadata(FORMAT, model.version(),
                    model.gazetteer().entries(), model.synonyms().asWritten(), model.regexes(), taggerFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the entity model to " + directory, e);
        }
    }

    static Optional<EntityModel> read(Path directory) {
        Path metadataFile = directory.resolve(METADATA_FILE);
        if (!Files.exists(metadataFile)) {
            return Optional.empty();
        }
        try {
            Metadata metadata = JSON.readValue(metadataFile.toFile(), Metadata.class);
            if (!FORMAT.equals(metadata.format())) {
                throw new IllegalArgumentException(metadataFile + " holds format '" + metadata.format()
                        + "', expected " + FORMAT);
            }
            Gazetteer gazetteer = new Gazetteer(metadata.gazetteer());
            EntityTagger tagger = metadata.taggerFile() == null ? null
                    : EntityTagger.read(Files.readAllBytes(directory.resolve(metadata.taggerFile())), gazetteer);
            SynonymMap synonyms = new SynonymMap(metadata.synonyms());
            String version = EntityModelVersion.of(gazetteer, synonyms, metadata.regexes(), tagger);
            if (!version.equals(metadata.version())) {
                throw new IllegalStateException(directory + " holds a damaged entity model: its content hashes to "
                        + version + ", but it claims version " + metadata.version());
            }
            return Optional.of(new EntityModel(gazetteer, synonyms, metadata.regexes(), tagger, version));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the entity model from " + directory, e);
        }
    }
}
