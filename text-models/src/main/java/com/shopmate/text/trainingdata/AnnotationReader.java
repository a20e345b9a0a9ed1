package com.shopmate.text.trainingdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Reads the part after {@code [text]}: {@code (type)}, <code>{json}</code> or, for Rasa, a list of JSON objects. */
record AnnotationReader(String annotated, int open, int at, EntityAnnotations.Dialect dialect,
        Consumer<String> notices) {

    private static final Pattern ENTITY_TYPE = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.-]*");

    /** What an annotation says: the entity type, its value if given, and where the annotation ends. */
    record Annotation(String entity, String value, int end) {
    }

    Annotation read() {
        return switch (annotated.charAt(at)) {
            case '(' -> readParenthesised();
            case '{' -> readObject();
            default -> readList();
        };
    }

    private String surface() {
        return annotated.substring(open + 1, at - 1);
    }

    private Annotation readParenthesised() {
        int close = annotated.indexOf(')', at);
        if (close < 0) {
            throw EntityAnnotations.invalid(annotated, open, "'(' is never closed");
        }
        String content = annotated.substring(at + 1, close);
        int colon = content.indexOf(':');
        if (colon >= 0 && dialect == EntityAnnotations.Dialect.SHOPMATE) {
            throw EntityAnnotations.invalid(annotated, open, "(type:value) is Rasa's old shorthand; write ["
                    + surface() + "]{\"entity\":\"" + content.substring(0, colon) + "\",\"value\":\""
                    + content.substring(colon + 1) + "\"}");
        }
        String entity = colon >= 0 ? content.substring(0, colon) : content;
        String value = colon >= 0 ? content.substring(colon + 1) : null;
        checkType(entity);
        if (value != null && value.isBlank()) {
            throw EntityAnnotations.invalid(annotated, open, "the value after ':' is empty");
        }
        return new Annotation(entity, value, close + 1);
    }

    private Annotation readObject() {
        int close = closingBracket(at);
        return fromObject(parseJson(annotated.substring(at, close + 1)), close + 1);
    }

    private Annotation readList() {
        int close = closingBracket(at);
        JsonNode list = parseJson(annotated.substring(at, close + 1));
        if (!list.isArray() || list.isEmpty()) {
            throw EntityAnnotations.invalid(annotated, open, "expected a list of entity objects");
        }
        if (list.size() > 1) {
            notices.accept("kept only the first of " + list.size() + " entities annotated on '" + surface() + "'");
        }
        return fromObject(list.get(0), close + 1);
    }

    private Annotation fromObject(JsonNode node, int end) {
        if (!(node instanceof ObjectNode object)) {
            throw EntityAnnotations.invalid(annotated, open, "expected a JSON object such as {\"entity\":\"color\"}");
        }
        String entity = null;
        String value = null;
        for (Iterator<String> keys = object.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            JsonNode field = object.get(key);
            switch (key) {
                case "entity" -> entity = field.isTextual() ? field.asText() : null;
                case "value" -> {
                    if (!field.isValueNode() || field.isNull() || field.asText().isBlank()) {
                        throw EntityAnnotations.invalid(annotated, open, "\"value\" must be a non-empty text");
                    }
                    value = field.asText();
                }
                case "role", "group" -> {
                    if (dialect == EntityAnnotations.Dialect.SHOPMATE) {
                        throw EntityAnnotations.invalid(annotated, open,
                                "entity roles and groups are not supported; remove \"" + key + "\"");
                    }
                    notices.accept("dropped " + key + " '" + field.asText() + "' of the entity on '" + surface() + "'");
                }
                default -> throw EntityAnnotations.invalid(annotated, open, "unknown key \"" + key
                        + "\" (expected \"entity\" and \"value\")");
            }
        }
        if (entity == null) {
            throw EntityAnnotations.invalid(annotated, open, "missing \"entity\": the entity type as a text");
        }
        checkType(entity);
        return new Annotation(entity, value, end);
    }

    private void checkType(String entity) {
        if (!ENTITY_TYPE.matcher(entity).matches()) {
            throw EntityAnnotations.invalid(annotated, open, "entity type '" + entity
                    + "' must be a name of letters, digits and _ such as order_id");
        }
    }

    /** The index of the bracket closing the one at {@code from}, skipping brackets inside JSON strings. */
    private int closingBracket(int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < annotated.length(); i++) {
            char c = annotated.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i;
            }
        }
        throw EntityAnnotations.invalid(annotated, open, "'" + annotated.charAt(from) + "' is never closed");
    }

    private JsonNode parseJson(String json) {
        try {
            return EntityAnnotations.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw EntityAnnotations.invalid(annotated, open, "not valid JSON: " + json);
        }
    }
}
