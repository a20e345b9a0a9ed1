package com.shopmate.nlu.model;

import com.shopmate.kit.model.ModelFolder;
import com.shopmate.kit.model.ReloadableModel;
import com.shopmate.nlu.intent.IntentClassifier;
import com.shopmate.nlu.intent.IntentConfig;
import com.shopmate.nlu.intent.IntentPrediction;
import com.shopmate.nlu.intent.ServedModel;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The trained model as the service serves it: the version the active pointer of {@code shopmate.nlu.model.dir}
 * names, else the newest saved one, else the built-in pack trained at start ({@link IntentModelLoader}); activated
 * and swapped, intents and entities in one step, through the service kit's {@code /admin/nlu/model} API and
 * {@code ModelActivated} announcements. Created at start ({@link Startup}), so that the service is ready only once a
 * model is: trained lazily, the pack would make the first shoppers wait through its training.
 */
@Startup
@Singleton
public class TrainedIntentClassifier implements IntentClassifier {

    /** The kind in {@code /admin/nlu/model} and on {@code ModelActivated}. */
    public static final String KIND = "nlu";

    private final ReloadableModel<TrainedIntentModel> model;

    public TrainedIntentClassifier(IntentModelConfig config, IntentConfig intents) {
        this.model = new ReloadableModel<>(KIND, ModelFolder.locate(config.dir()),
                new IntentModelLoader(config, intents.outOfScopeThreshold()));
    }

    /** The served model, for the kit's admin API and activation listener. */
    @Produces
    @Singleton
    ReloadableModel<TrainedIntentModel> model() {
        return model;
    }

    @Override
    public IntentPrediction classify(String text, String language) {
        return model.current().classify(text, language);
    }

    @Override
    public String modelVersion() {
        return model.served().modelVersion();
    }

    @Override
    public ServedModel served() {
        return model.current().served();
    }
}
