package com.shopmate.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A model version became the active one of its kind: every replica of the service that serves that kind swaps it
 * in from the shared models folder. Not a conversation event, so it travels without the conversation envelope, on
 * {@link Topics#MODEL_ACTIVATIONS}, keyed by {@link #kind()}: the announcements of one kind stay in order.
 *
 * @param kind        the kind of model, as in the admin API's {@code /admin/{kind}/model}: {@code nlu}, {@code sentiment}
 * @param version     the version folder's name in that kind's models folder, which the active pointer now names
 * @param requestedBy the replica that was asked to activate it ({@code nlu-service@host/pid}), or null
 */
public record ModelActivated(
        String eventId,
        String type,
        int schemaVersion,
        String kind,
        String version,
        String requestedBy,
        Instant occurredAt) {

    public static final String TYPE = "ModelActivated";
    public static final int VERSION = 1;

    public ModelActivated {
        RequiredFields.require(eventId, "eventId");
        RequiredFields.require(type, "type");
        RequiredFields.require(kind, "kind");
        RequiredFields.require(version, "version");
        RequiredFields.require(occurredAt, "occurredAt");
    }

    /** A new announcement with a fresh id, stamped now. */
    public static ModelActivated now(String kind, String version, String requestedBy) {
        return new ModelActivated(UUID.randomUUID().toString(), TYPE, VERSION, kind, version, requestedBy,
                Instant.now());
    }
}
