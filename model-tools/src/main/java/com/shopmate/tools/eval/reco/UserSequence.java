package com.shopmate.tools.eval.reco;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One line of a sequences or candidates file: the user as written (a number stays a number in the output) and the
 * item ids as strings, whatever JSON type they had.
 */
record UserSequence(JsonNode user, List<String> items) {

    /** The user as a lookup key: {@code 7} and {@code "7"} are the same shopper. */
    String userKey() {
        return user.asText();
    }
}
