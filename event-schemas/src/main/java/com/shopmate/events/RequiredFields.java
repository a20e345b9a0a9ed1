package com.shopmate.events;

/** Payload fields the schemas mark required: a record missing one is unreadable, with the field named. */
final class RequiredFields {

    private RequiredFields() {
    }

    static <T> T require(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
        return value;
    }
}
