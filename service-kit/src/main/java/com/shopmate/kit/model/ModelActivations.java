package com.shopmate.kit.model;

import com.shopmate.events.ModelActivated;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The models this service serves, by kind, and how an activation reaches every replica: the replica that is asked
 * loads the version, writes the active pointer, announces it ({@link ModelAnnouncer}) and serves it; every replica,
 * itself included, hears the announcement ({@link ModelActivationListener}) and swaps the version in from the
 * shared models folder, unless it serves it already or made or applied a later one. A service takes part by
 * producing its {@link ReloadableModel} as a CDI bean; a service that produces none (the gateway) serves no model.
 */
@ApplicationScoped
public class ModelActivations {

    private static final Logger LOG = Logger.getLogger(ModelActivations.class);

    private final List<ReloadableModel<?>> models;
    private final ModelAnnouncer announcer;
    /** The replica's name on the announcements it makes: {@code service@host/pid}. */
    private final String replica;

    @Inject
    ModelActivations(@All List<ReloadableModel<?>> models, ModelAnnouncer announcer,
                     @ConfigProperty(name = "quarkus.application.name", defaultValue = "shopmate") String service) {
        this.models = List.copyOf(models);
        this.announcer = announcer;
        this.replica = service + "@" + hostName() + "/" + ProcessHandle.current().pid();
    }

    public List<ReloadableModel<?>> models() {
        return models;
    }

    public Optional<ReloadableModel<?>> model(String kind) {
        return models.stream().filter(m -> m.kind().equals(kind)).findFirst();
    }

    /**
     * Activates {@code version} here and announces it.
     *
     * @throws ModelRefusal           when it was not activated
     * @throws ActivationNotAnnounced when it was activated here but Kafka did not take the announcement
     */
    public ModelStatus activate(ReloadableModel<?> model, String version) {
        model.activate(version, this::announce);
        return model.status();
    }

    /** Activates what the pointer names (or the newest saved version) here, and announces it. */
    public ModelStatus reload(ReloadableModel<?> model) {
        model.reload(this::announce);
        return model.status();
    }

    /** An announcement heard on the topic: the model of that kind swaps the version in, if this service has one. */
    void apply(ModelActivated announced, AnnouncementPosition position) {
        Optional<ReloadableModel<?>> model = model(announced.kind());
        if (model.isEmpty()) {
            return;
        }
        try {
            model.get().serveAnnounced(announced.version(), position);
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s model %s, activated by %s, cannot be served here; keeping %s", announced.kind(),
                    announced.version(), announced.requestedBy(), model.get().served().modelVersion());
        }
    }

    private AnnouncementPosition announce(String kind, String version) {
        try {
            return announcer.announce(ModelActivated.now(kind, version, replica));
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s model %s is active and served here, but the other replicas were not told", kind,
                    version);
            throw new ActivationNotAnnounced(kind + " model " + version + " is active (the pointer names it) and"
                    + " served by this replica, but the other replicas were not told: " + e.getMessage()
                    + "; they serve it from their next start, or call reload again when Kafka is back", e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    /** Activated here, but not announced: the other replicas still serve what they served. */
    public static final class ActivationNotAnnounced extends RuntimeException {
        ActivationNotAnnounced(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
