package com.shopmate.kit.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.errors.ApiErrors;
import com.shopmate.errors.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The admin API of every model service, one shape for every kind ({@code nlu}, {@code sentiment}, ...): what is
 * served, activate a saved version, reload what the active pointer names. Behind the admin token
 * ({@code com.shopmate.kit.admin}). Loading takes seconds of CPU: these run on a worker thread, never on the event
 * loop. Statuses and error codes: docs/operations.md. Every service that uses the kit has it (one that serves no
 * model answers 404 {@code unknown_model_kind}), kept out of its OpenAPI document: it is for operators.
 */
@Path("/admin/{kind}/model")
@Produces(MediaType.APPLICATION_JSON)
public class ModelAdminResource {

    private static final Logger LOG = Logger.getLogger(ModelAdminResource.class);

    private final ModelActivations activations;
    private final ObjectMapper json;

    ModelAdminResource(ModelActivations activations, ObjectMapper json) {
        this.activations = activations;
        this.json = json;
    }

    /** The active pointer, the version served here and since when, and the saved versions. */
    @GET
    @Operation(hidden = true)
    public ModelStatus status(@PathParam("kind") String kind) {
        return model(kind).status();
    }

    /** {@code {"version": "..."}}: load it, point at it, serve it, and tell every replica. */
    @POST
    @Path("/activate")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public ModelStatus activate(@PathParam("kind") String kind, String body) {
        ReloadableModel<?> model = model(kind);
        return activations.activate(model, versionIn(body));
    }

    /** Activates what the active pointer names, or with no pointer the newest saved version (the pointer then names it). */
    @POST
    @Path("/reload")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public ModelStatus reload(@PathParam("kind") String kind) {
        return activations.reload(model(kind));
    }

    private ReloadableModel<?> model(String kind) {
        return activations.model(kind).orElseThrow(() -> new ApiException(404, "unknown_model_kind",
                "this service serves no '" + kind + "' model; it serves "
                        + activations.models().stream().map(ReloadableModel::kind).toList()));
    }

    private String versionIn(String body) {
        JsonNode version;
        try {
            version = body == null || body.isBlank() ? null : json.readTree(body).get("version");
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("invalid_body", "the body is not JSON: " + e.getOriginalMessage()
                    + "; send {\"version\": \"<a saved version>\"}");
        }
        if (version == null || !version.isTextual() || version.asText().isBlank()) {
            throw ApiException.badRequest("invalid_body", "send {\"version\": \"<a saved version>\"}; "
                    + "GET /admin/{kind}/model lists the saved versions");
        }
        return version.asText().strip();
    }

    // Mappers of this resource only: every service answers its admin API alike, whatever mappers it has itself.

    @ServerExceptionMapper
    public Response refused(ApiException e) {
        return ApiErrors.of(e);
    }

    @ServerExceptionMapper
    public Response refused(ModelRefusal e) {
        return ApiErrors.json(e.reason().status(), e.reason().code(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response notAnnounced(ModelActivations.ActivationNotAnnounced e) {
        return ApiErrors.json(503, "not_announced", e.getMessage());
    }

    @ServerExceptionMapper
    public Response failed(RuntimeException e) {
        LOG.error("admin request failed", e);
        return ApiErrors.json(500, "internal", "the admin request failed (" + e.getMessage()
                + "); it has been logged");
    }
}
