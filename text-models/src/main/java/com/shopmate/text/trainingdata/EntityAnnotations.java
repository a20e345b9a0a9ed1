package com.shopmate.text.trainingdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads and writes Rasa-style entity annotations in example text: {@code [SO20261201001](order_id)} and
 * {@code [黑的]{"entity":"color","value":"black"}}.
 *
 * <p>A {@code [...]} not followed by {@code (} or <code>{</code> is literal text, because Chinese chat exports are full
 * of placeholders such as [图片] and [表情].
 */
public final class EntityAnnotations {

    /** Rasa files may also use its older shorthands; ours keep to the two forms above. */
    enum Dialect { SHOPMATE, RASA }

    static final ObjectMapper JSON = new ObjectMapper();

    private EntityAnnotations() {
    }

    /** @throws InvalidAnnotationException when an annotation is malformed */
    public static AnnotatedText parse(String annotated) {
        return parse(annotated, Dialect.SHOPMATE, notice -> { });
    }

    /** @param notices told what a lenient {@link Dialect#RASA} parse dropped (roles, groups, extra entities) */
    static AnnotatedText parse(String annotated, Dialect dialect, Consumer<String> notices) {
        StringBuilder text = new StringBuilder();
        List<EntitySpan> spans = new ArrayList<>();
        int i = 0;
        while (i < annotated.length()) {
            char c = annotated.charAt(i);
            if (c == '[') {
                int close = annotated.indexOf(']', i + 1);
                if (close > 0 && opensAnnotation(annotated, close + 1, dialect)
                        && annotated.substring(i + 1, close).indexOf('[') < 0) {
                    String surface = annotated.substring(i + 1, close);
                    AnnotationReader.Annotation annotation = new AnnotationReader(annotated, i, close + 1, dialect,
                            notices).read();
                    checkSurface(annotated, i, surface);
                    int start = text.length();
                    text.append(surface);
                    String value = annotation.value() == null ? surface : annotation.value();
                    spans.add(new EntitySpan(start, text.length(), annotation.entity(), value));
                    i = annotation.end();
                    continue;
                }
            } else if (c == ']' && i + 1 < annotated.length() && "({".indexOf(annotated.charAt(i + 1)) >= 0) {
                throw invalid(annotated, i, "']' followed by '" + annotated.charAt(i + 1) + "' has no opening '['");
            }
            text.append(c);
            i++;
        }
        return new AnnotatedText(text.toString(), spans);
    }

    /** The annotated form of an example, {@code [text](type)} where the value is the text itself. */
    public static String format(IntentExample example) {
        return format(example.text(), example.entities());
    }

    static String format(String text, List<EntitySpan> entities) {
        StringBuilder annotated = new StringBuilder();
        int at = 0;
        for (EntitySpan span : entities) {
            String surface = span.textIn(text);
            annotated.append(text, at, span.start()).append('[').append(surface).append(']');
            if (span.value().equals(surface)) {
                annotated.append('(').append(span.entity()).append(')');
            } else {
                annotated.append("{\"entity\":").append(json(span.entity()))
                        .append(",\"value\":").append(json(span.value())).append('}');
            }
            at = span.end();
        }
        return annotated.append(text.substring(at)).toString();
    }

    private static boolean opensAnnotation(String annotated, int at, Dialect dialect) {
        if (at >= annotated.length()) {
            return false;
        }
        char c = annotated.charAt(at);
        // Rasa 3 allows a list of entity objects on one text: [Berlin][{"entity":"city"},{"entity":"location"}].
        return c == '(' || c == '{' || dialect == Dialect.RASA && c == '[' && annotated.startsWith("{",
                skipSpaces(annotated, at + 1));
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static void checkSurface(String annotated, int at, String surface) {
        if (surface.isBlank()) {
            throw invalid(annotated, at, "the entity text between [ and ] is empty");
        }
        if (!surface.strip().equals(surface)) {
            throw invalid(annotated, at, "the entity text '" + surface
                    + "' starts or ends with a space; put spaces outside the brackets");
        }
    }

    private static String json(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static InvalidAnnotationException invalid(String annotated, int at, String message) {
        return new InvalidAnnotationException(
                "unknown entity syntax at column " + (at + 1) + " of \"" + annotated + "\": " + message
                        + " (write [text](type) or [text]{\"entity\":\"type\",\"value\":\"normalised\"};"
                        + " brackets meant as text can be written full-width: 【】（）)");
    }
}
