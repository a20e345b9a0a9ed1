package com.shopmate.text.entities;

import com.shopmate.text.trainingdata.RegexFeature;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the NLU learned about entities from the operator's training data: the known phrases per type (lookup tables,
 * synonyms, annotated values), the synonyms that normalise any entity's value, the regexes declared per type, and
 * the tagger trained on the annotated examples (none when nothing was annotated).
 *
 * @param version a hash of everything the model was made from: the same data and settings give the same version
 */
public record EntityModel(Gazetteer gazetteer, SynonymMap synonyms, List<RegexFeature> regexes, EntityTagger tagger,
                          String version) {

    public EntityModel {
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(synonyms, "synonyms");
        Objects.requireNonNull(version, "version");
        regexes = List.copyOf(regexes);
    }

    public Optional<EntityTagger> learnedTagger() {
        return Optional.ofNullable(tagger);
    }

    /** Writes the model into a model artifact's directory, beside the intent model. */
    public void save(Path artifactDirectory) {
        EntityModelArtifact.write(this, artifactDirectory);
    }

    /** The entity model of an artifact, or empty for an artifact trained before entities were. */
    public static Optional<EntityModel> load(Path artifactDirectory) {
        return EntityModelArtifact.read(artifactDirectory);
    }
}
