package com.shopmate.kit.model;

import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The model a service serves now, of one kind, and how it changes: at start it loads what the active pointer of
 * its {@link ModelFolder} names (else the newest saved version, else the built-in model); {@link #activate} loads
 * another version, points at it, announces it and swaps it in; {@link #serveAnnounced} swaps in what a replica
 * announced. Announcements are applied in their order on Kafka, and one older than the last this replica made or
 * applied is skipped: a replica that activated B after A never flips back to A when it hears its own A late.
 * <p>
 * A swap replaces the whole {@link LoadedModel}: a caller takes {@link #current()} once per unit of work and
 * finishes on that model, so an utterance in flight during a swap is handled, and labelled, by the old one. Until a
 * new model is loaded (and warm) the old one answers; if loading fails, it stays. One load at a time: a second
 * activation meanwhile is refused as busy rather than queued behind seconds of loading.
 *
 * @param <M> the service's kind of model
 */
public final class ReloadableModel<M> {

    private static final Logger LOG = Logger.getLogger(ReloadableModel.class);

    private final String kind;
    private final ModelFolder folder;
    private final ModelLoader<M> loader;
    private final AtomicReference<LoadedModel<M>> served = new AtomicReference<>();
    private final ReentrantLock loading = new ReentrantLock();
    /** The last announcement made or applied here; guarded by {@link #loading}. */
    private AnnouncementPosition lastAnnounced;

    /** Tells every replica that a version is active; returns where the announcement stands. */
    @FunctionalInterface
    public interface Announcer {
        AnnouncementPosition announce(String kind, String version);
    }

    /** Loads the model to serve now; never fails, so the service always starts (on the built-in model at worst). */
    public ReloadableModel(String kind, ModelFolder folder, ModelLoader<M> loader) {
        this.kind = kind;
        this.folder = folder;
        this.loader = loader;
        served.set(atStart());
    }

    /** The kind, as in {@code /admin/{kind}/model} and on {@code ModelActivated}. */
    public String kind() {
        return kind;
    }

    /** The model to handle the next unit of work with: take it once, and finish the work on it. */
    public M current() {
        return served.get().model();
    }

    public LoadedModel<M> served() {
        return served.get();
    }

    public ModelStatus status() {
        LoadedModel<M> now = served.get();
        return new ModelStatus(kind, folder.activeVersion().orElse(null), now.version(), now.modelVersion(),
                now.source(), now.loadedAt(), folder.versions(), folder.toString());
    }

    /**
     * Loads {@code version} from the models folder, points the active pointer at it, announces it and serves it.
     * Activating the version served already loads nothing. If the announcement fails, the version is active and
     * served here all the same, and the announcer's exception is thrown.
     *
     * @throws ModelRefusal UNKNOWN_VERSION, UNLOADABLE or BUSY; the model served before keeps serving
     */
    public LoadedModel<M> activate(String version, Announcer announcer) {
        if (!loading.tryLock()) {
            throw new ModelRefusal(ModelRefusal.Reason.BUSY, "another activation is loading a " + kind
                    + " model on this replica; try again when it is done", null);
        }
        try {
            Path saved = folder.version(version).orElseThrow(() -> new ModelRefusal(
                    ModelRefusal.Reason.UNKNOWN_VERSION, "no " + kind + " model version '" + version + "' in "
                    + folder + "; saved: " + folder.versions(), null));
            LoadedModel<M> next = version.equals(served.get().version())
                    ? served.get().as(ModelSource.ACTIVE)
                    : loadForActivation(saved, version);
            // The pointer first: if it cannot be written, nothing has changed.
            folder.activate(version);
            RuntimeException notAnnounced = null;
            try {
                lastAnnounced = announcer.announce(kind, version);
            } catch (RuntimeException e) {
                notAnnounced = e;
            }
            served.set(next);
            LOG.infof("%s model %s (%s) activated and served", kind, version, next.modelVersion());
            if (notAnnounced != null) {
                throw notAnnounced;
            }
            return next;
        } finally {
            loading.unlock();
        }
    }

    /**
     * Activates what the active pointer names or, with no pointer, the newest saved version (which the pointer
     * then names): {@code POST /admin/{kind}/model/reload}.
     *
     * @throws ModelRefusal NO_MODEL when nothing is saved, or as {@link #activate}
     */
    public LoadedModel<M> reload(Announcer announcer) {
        String version = folder.activeVersion()
                .or(() -> loader.newest(folder.root()).map(p -> p.getFileName().toString()))
                .orElseThrow(() -> new ModelRefusal(ModelRefusal.Reason.NO_MODEL, "no saved " + kind + " model in "
                        + folder + " (train one first: ./shopmate help lists the train commands); still serving "
                        + served.get().modelVersion(), null));
        return activate(version, announcer);
    }

    /**
     * Serves {@code version}, which a replica announced at {@code position} (the pointer names it already), unless
     * it is served already or the announcement is older than the last one made or applied here. Waits for an
     * activation under way here.
     *
     * @return whether it swapped
     * @throws RuntimeException when the version is missing or cannot be loaded; the model before keeps serving
     */
    public boolean serveAnnounced(String version, AnnouncementPosition position) {
        loading.lock();
        try {
            if (!position.isAfter(lastAnnounced)) {
                return false;
            }
            lastAnnounced = position;
            return serve(version);
        } finally {
            loading.unlock();
        }
    }

    /**
     * Serves what the active pointer names, if it names another version than the one served: for a replica that
     * may have missed an announcement (the one made between its start and its listening).
     */
    public void followPointer() {
        loading.lock();
        try {
            folder.activeVersion().ifPresent(this::serve);
        } finally {
            loading.unlock();
        }
    }

    private boolean serve(String version) {
        if (version.equals(served.get().version())) {
            return false;
        }
        Path saved = folder.version(version).orElseThrow(() -> new IllegalStateException(
                "no " + kind + " model version '" + version + "' in " + folder
                        + ": is the models folder shared by every replica?"));
        LoadedModel<M> next = load(saved, version, ModelSource.ACTIVE);
        served.set(next);
        LOG.infof("%s model %s (%s) swapped in, as announced", kind, version, next.modelVersion());
        return true;
    }

    private LoadedModel<M> loadForActivation(Path saved, String version) {
        try {
            return load(saved, version, ModelSource.ACTIVE);
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s model %s cannot be loaded; still serving %s", kind, version,
                    served.get().modelVersion());
            throw new ModelRefusal(ModelRefusal.Reason.UNLOADABLE, kind + " model version '" + version
                    + "' cannot be loaded (" + e.getMessage() + "); still serving " + served.get().modelVersion(),
                    e);
        }
    }

    private LoadedModel<M> load(Path saved, String version, ModelSource source) {
        long start = System.nanoTime();
        M model = loader.load(saved);
        LOG.infof("%s model %s loaded from %s in %.1f s", kind, version, saved, (System.nanoTime() - start) / 1e9);
        return new LoadedModel<>(model, version, loader.modelVersion(model), source, Instant.now());
    }

    private LoadedModel<M> atStart() {
        Optional<String> active = folder.activeVersion();
        if (active.isPresent()) {
            Optional<Path> saved = folder.version(active.get());
            if (saved.isEmpty()) {
                LOG.errorf("the active pointer of %s names %s, which is not there: serving the built-in %s model",
                        folder, active.get(), kind);
                return builtIn();
            }
            return loadAtStart(saved.get(), ModelSource.ACTIVE);
        }
        Optional<Path> newest = loader.newest(folder.root());
        if (newest.isPresent()) {
            return loadAtStart(newest.get(), ModelSource.NEWEST);
        }
        LOG.infof("no saved %s model in %s", kind, folder);
        return builtIn();
    }

    private LoadedModel<M> loadAtStart(Path saved, ModelSource source) {
        try {
            return load(saved, saved.getFileName().toString(), source);
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s model %s cannot be loaded: serving the built-in model instead", kind, saved);
            return builtIn();
        }
    }

    private LoadedModel<M> builtIn() {
        M model = loader.builtIn();
        return new LoadedModel<>(model, null, loader.modelVersion(model), ModelSource.BUILT_IN, Instant.now());
    }
}
