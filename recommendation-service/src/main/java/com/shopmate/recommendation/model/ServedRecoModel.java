package com.shopmate.recommendation.model;

import com.shopmate.kit.model.ModelFolder;
import com.shopmate.kit.model.ReloadableModel;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The model requests are ranked with now: the version the active pointer of {@code shopmate.reco.model-dir} names,
 * else the newest saved one, else the empty built-in one; activated and swapped on every replica through the
 * service kit's {@code /admin/reco/model} API and {@code ModelActivated} announcements, like the NLU model.
 */
@Startup
@Singleton
public class ServedRecoModel {

    /** The kind in {@code /admin/reco/model} and on {@code ModelActivated}. */
    public static final String KIND = "reco";

    private final ReloadableModel<RecoModel> model;
    private final ModelFolder folder;

    @Inject
    ServedRecoModel(@ConfigProperty(name = "shopmate.reco.model-dir") String modelDir) {
        this.folder = ModelFolder.locate(modelDir);
        this.model = new ReloadableModel<>(KIND, folder, new RecoModelLoader());
    }

    @Produces
    @Singleton
    ReloadableModel<RecoModel> model() {
        return model;
    }

    public RecoModel current() {
        return model.current();
    }

    public ModelFolder folder() {
        return folder;
    }

    /** Serving the empty model a fresh service starts on: it must be trained before it personalises anything. */
    public boolean untrained() {
        return RecoModelLoader.BUILT_IN.equals(model.current().version());
    }
}
