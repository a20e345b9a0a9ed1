package com.shopmate.sentiment.model;

import com.shopmate.errors.ApiException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * {@code POST /admin/sentiment/model/reload}: serve the newest model of {@code shopmate.sentiment.model-dir}
 * without a restart (after {@code ./shopmate train sentiment}), as nlu-service's {@code /admin/nlu/model/reload}
 * does. 200 {@code {"modelVersion"}}; 404 {@code no_model} when the folder holds none, 409
 * {@code reload_in_progress} while another reload loads, 500 {@code reload_failed} when the model cannot be read.
 * Whatever fails, the model that served before keeps serving.
 */
@Path("/admin/sentiment/model")
public class SentimentModelResource {

    private static final Logger LOG = Logger.getLogger(SentimentModelResource.class);

    private final ReloadableScorer scorer;

    public SentimentModelResource(ReloadableScorer scorer) {
        this.scorer = scorer;
    }

    @POST
    @Path("/reload")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> reload() {
        try {
            return Map.of("modelVersion", scorer.reload());
        } catch (ReloadableScorer.NotReloaded e) {
            throw e.busy() ? new ApiException(409, "reload_in_progress", e.getMessage())
                    : new ApiException(404, "no_model", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("sentiment model reload failed; the previous model keeps serving", e);
            throw new ApiException(500, "reload_failed", "the model could not be loaded (" + e.getMessage()
                    + "); the previous model keeps serving, version " + scorer.current().modelVersion());
        }
    }
}
