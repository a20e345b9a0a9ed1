package com.shopmate.kit.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a replica serves the model it serves: said in the status, since a fresh folder and an activated one differ. */
public enum ModelSource {
    /** The version the active pointer names. */
    ACTIVE("active"),
    /** No pointer (a folder from before pointers): the newest saved version, as services always served. */
    NEWEST("newest"),
    /** Nothing saved, or the pointer's version could not be loaded at start: the built-in model. */
    BUILT_IN("built-in");

    private final String name;

    ModelSource(String name) {
        this.name = name;
    }

    @JsonValue
    @Override
    public String toString() {
        return name;
    }
}
