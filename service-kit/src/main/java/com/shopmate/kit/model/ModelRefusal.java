package com.shopmate.kit.model;

/**
 * Why a model was not activated; the model served before keeps serving. Each reason has its HTTP status and error
 * code in the admin API (docs/operations.md lists them).
 */
public final class ModelRefusal extends RuntimeException {

    public enum Reason {
        /** Nothing saved in the models folder to activate or reload. */
        NO_MODEL(404, "no_model"),
        /** The version asked for is not in the models folder. */
        UNKNOWN_VERSION(404, "unknown_version"),
        /** The version is there but cannot be loaded: damaged, or not a model of this kind. */
        UNLOADABLE(409, "incompatible_version"),
        /** Another activation is loading a model on this replica. */
        BUSY(409, "activation_in_progress");

        private final int status;
        private final String code;

        Reason(int status, String code) {
            this.status = status;
            this.code = code;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    ModelRefusal(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
