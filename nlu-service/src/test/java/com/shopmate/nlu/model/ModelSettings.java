package com.shopmate.nlu.model;

import com.shopmate.nlu.intent.IntentConfig;

import java.nio.file.Path;
import java.util.List;

/** The shipped model settings as the config objects a {@link TrainedIntentClassifier} is built with. */
final class ModelSettings {

    static final List<String> BUILT_IN_PACK = List.of("nlu/training/account.yml", "nlu/training/conversation.yml",
            "nlu/training/entities.yml", "nlu/training/orders.yml", "nlu/training/out_of_scope.yml",
            "nlu/training/products.yml", "nlu/training/returns.yml", "nlu/training/service.yml");

    private ModelSettings() {
    }

    /** Models from {@code dir}, else the built-in pack trained at start. */
    static IntentModelConfig models(Path dir) {
        return new IntentModelConfig() {
            @Override
            public String dir() {
                return dir.toString();
            }

            @Override
            public List<String> builtInTraining() {
                return BUILT_IN_PACK;
            }

            @Override
            public double taggerMinConfidence() {
                return 0.5;
            }
        };
    }

    static IntentConfig intents() {
        return new IntentConfig() {
            @Override
            public String table() {
                return "nlu/baseline-intents.yml";
            }

            @Override
            public double outOfScopeThreshold() {
                return 0.3;
            }
        };
    }
}
