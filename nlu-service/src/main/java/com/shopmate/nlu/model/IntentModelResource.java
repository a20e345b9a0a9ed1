package com.shopmate.nlu.model;

import com.shopmate.errors.ApiErrors;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * {@code POST /admin/nlu/model/reload}: serve the newest model of {@code shopmate.nlu.model.dir} without a restart
 * (after {@code ./shopmate train}). Until the new model is ready the old one keeps answering; if loading fails, it
 * stays.
 */
@Path("/admin/nlu/model")
public class IntentModelResource {

    private static final Logger LOG = Logger.getLogger(IntentModelResource.class);

    private final TrainedIntentClassifier classifier;

    public IntentModelResource(TrainedIntentClassifier classifier) {
        this.classifier = classifier;
    }

    @POST
    @Path("/reload")
    @Produces(MediaType.APPLICATION_JSON)
    public Response reload() {
        try {
            return Response.ok(Map.of("modelVersion", classifier.reload())).build();
        } catch (RuntimeException e) {
            LOG.error("model reload failed; the previous model keeps serving", e);
            return ApiErrors.json(500, "reload_failed", "the model could not be loaded (" + e.getMessage()
                    + "); the previous model keeps serving, version " + classifier.modelVersion());
        }
    }
}
