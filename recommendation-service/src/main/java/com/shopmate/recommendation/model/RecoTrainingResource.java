package com.shopmate.recommendation.model;

import com.shopmate.errors.ApiErrors;
import com.shopmate.kit.model.ModelStatus;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /admin/reco/model/train}: train a new version from the shop's history now and activate it on every
 * replica; answers the model's status. Behind the admin token, like the kit's {@code /admin/reco/model} API.
 */
@Path("/admin/reco/model/train")
public class RecoTrainingResource {

    private final RecoTraining training;

    RecoTrainingResource(RecoTraining training) {
        this.training = training;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response train() {
        try {
            ModelStatus status = training.trainAndActivate();
            return Response.ok(status).build();
        } catch (IllegalStateException busy) {
            return ApiErrors.json(409, "busy", busy.getMessage());
        }
    }
}
