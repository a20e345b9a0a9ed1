package com.shopmate.kit.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a model service knows about its own kind of model: how to read a saved version, what to serve when none is
 * saved, and which saved version is the newest. Holding, swapping, activating and announcing are the kit's
 * ({@link ReloadableModel}). Whatever a loader returns must be ready to answer: warm it before returning, so the
 * first shopper after a start or a swap does not wait.
 *
 * @param <M> one loaded model, immutable while it is served
 */
public interface ModelLoader<M> {

    /**
     * Reads one saved version.
     *
     * @throws RuntimeException when it cannot be read: damaged, or not a model of this kind
     */
    M load(Path version);

    /** What to serve when no version is saved (a fresh clone): the built-in model. Must not fail. */
    M builtIn();

    /**
     * The newest saved version in {@code folder} by this kind's own reckoning (a time stamp in the name, a creation
     * time inside), served when there is no active pointer; empty when none is saved.
     */
    Optional<Path> newest(Path folder);

    /** The version a loaded model reports on the events it decides (its content hash, say). */
    String modelVersion(M model);
}
