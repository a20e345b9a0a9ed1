package com.shopmate.tools.training;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Where {@code train} saves a version when no {@code --out} is given, and how the version it saved becomes the one
 * served. {@code ./shopmate} gives the local stack's (its models folder; activation through the running service, or
 * the folder's active pointer); {@link #NONE}, for the commands on their own, saves to {@code .shopmate/models} and
 * activates nothing.
 */
public interface ModelActivation {

    ModelActivation NONE = new ModelActivation() {
        @Override
        public Path defaultFolder(String kind) {
            return Path.of(".shopmate", "models", kind);
        }

        @Override
        public void activate(String kind, Path folder, String version, PrintWriter err) {
            err.println("trained " + kind + " model " + version + ", not activated");
        }
    };

    /** @param kind {@code nlu} or {@code sentiment}, as in {@code /admin/{kind}/model} */
    Path defaultFolder(String kind);

    /** Makes {@code version}, just saved in {@code folder}, the one served; says what it did on {@code err}. */
    void activate(String kind, Path folder, String version, PrintWriter err);
}
