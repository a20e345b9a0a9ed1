package com.shopmate.nlu.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of entity, each with the {@code type} it has in {@code IntentClassified} and how specific it is.
 *
 * <p>When two spans overlap the longer wins; at equal length the more specific kind does. Pattern kinds with a
 * fixed shape (an e-mail address, a carrier's tracking number) are more specific than loose ones (a number with a
 * classifier), and a dictionary hit (a brand, a category) beats a fuzzy product match over the same words, so
 * "手机" alone is the category and not every phone in the catalog.
 */
public enum EntityKind {
    EMAIL("email", 120),
    PHONE("phone", 110),
    TRACKING_NUMBER("tracking_number", 100),
    ORDER_ID("order_id", 90),
    DATE("date", 80),
    MONEY("money", 70),
    QUANTITY("quantity", 60),
    SIZE("size", 50),
    BRAND("brand", 45),
    CATEGORY("category", 40),
    PRODUCT("product", 35),
    COLOR("color", 30);

    private final String type;
    private final int specificity;

    EntityKind(String type, int specificity) {
        this.type = type;
        this.specificity = specificity;
    }

    /** The entity's {@code type} in {@code IntentClassified.Entity}. */
    public String type() {
        return type;
    }

    int specificity() {
        return specificity;
    }

    /** The kind whose entities have {@code type}, if a built-in recognizer finds that type. */
    public static Optional<EntityKind> ofType(String type) {
        return Arrays.stream(values()).filter(kind -> kind.type.equals(type)).findFirst();
    }
}
