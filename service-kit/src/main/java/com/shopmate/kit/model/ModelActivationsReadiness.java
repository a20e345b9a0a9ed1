package com.shopmate.kit.model;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the replica hears model activations: before that it could miss one and serve an old model on. */
@Readiness
@ApplicationScoped
public class ModelActivationsReadiness implements HealthCheck {

    private final ModelActivationListener listener;
    private final ModelActivations activations;

    ModelActivationsReadiness(ModelActivationListener listener, ModelActivations activations) {
        this.listener = listener;
        this.activations = activations;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("model-activations").status(listener.listening());
        for (ReloadableModel<?> model : activations.models()) {
            response.withData(model.kind(), model.served().modelVersion());
        }
        return response.build();
    }
}
