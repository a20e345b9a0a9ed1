package com.shopmate.kit.model;

import java.time.Instant;

/**
 * One model as a replica serves it: the model, fixed, and where it came from.
 *
 * @param version      the saved version's folder name, or null for the built-in model
 * @param modelVersion what the model reports on its events ({@link ModelLoader#modelVersion})
 * @param loadedAt     when this replica swapped it in
 */
public record LoadedModel<M>(M model, String version, String modelVersion, ModelSource source, Instant loadedAt) {

    LoadedModel<M> as(ModelSource newSource) {
        return new LoadedModel<>(model, version, modelVersion, newSource, loadedAt);
    }
}
