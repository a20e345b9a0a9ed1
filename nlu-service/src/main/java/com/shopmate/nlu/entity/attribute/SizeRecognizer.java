package com.shopmate.nlu.entity.attribute;

import com.shopmate.nlu.entity.EntityKind;
import com.shopmate.nlu.entity.EntityRecognizer;
import com.shopmate.nlu.entity.EntitySpan;
import com.shopmate.nlu.entity.EntityText;
import com.shopmate.nlu.entity.WordBoundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clothing and shoe sizes. The value is the size as the catalog lists it: a letter size upper-cased and spelled out
 * (XL, XXL for 2XL, M for medium), a number as written (42 for 42码, 39号鞋, size 42), or with its system when the
 * shopper names one (EU 42, US 10, UK 8). One size is {@code ONE SIZE}.
 *
 * <p>XS, XL and longer letter sizes are safe anywhere; S, M and L are ordinary letters, so they count only next to
 * a size word (尺码M, M码, size M, 要M的) or as the whole message.
 */
public final class SizeRecognizer implements EntityRecognizer {

    private static final String LONG_LETTERS = "XXXXL|XXXL|XXL|XL|XXS|XS|[2-5]XL";
    private static final String LETTERS = LONG_LETTERS + "|S|M|L";
    private static final String NUMBER = "\\d{1,3}(?:\\.5)?";
    private static final Map<String, String> WORDS = Map.of("small", "S", "medium", "M", "large", "L",
            "extra large", "XL", "x-large", "XL", "extra small", "XS", "x-small", "XS");

    private static final Pattern SAFE_LETTERS = Pattern.compile(WordBoundary.BEFORE + "(?<l>" + LONG_LETTERS + ")"
            + "(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABELLED_LETTERS = Pattern.compile("(?:尺码|码数|尺寸|号码|\\bsize)\\s*(?:是|:|为)?\\s*"
            + "(?<l>" + LETTERS + ")(?![A-Za-z0-9])|" + WordBoundary.BEFORE + "(?<l2>" + LETTERS + ")\\s?(?:码|号)",
            Pattern.CASE_INSENSITIVE);
    /** Upper case only: "要M的" and "in M" are sizes, "要m的" may be metres. */
    private static final Pattern LETTER_BEFORE_DE = Pattern.compile("(?<=[\\p{IsHan}\\s]|^)(?<l>S|M|L)(?=的)"
            + "|\\bin (?<l2>S|M|L)\\b");
    private static final Pattern WHOLE_MESSAGE = Pattern.compile("^\\s*(?<l>" + LETTERS + ")\\s*[.!。！]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZE_WORDS = Pattern.compile("\\bsize\\s+(?<w>extra large|x-large|extra small"
            + "|x-small|small|medium|large)\\b|\\b(?<w2>extra large|x-large|extra small|x-small)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("(?<![\\d.])(?<n>" + NUMBER + ")\\s?码(?:的?鞋)?"
            + "|(?<![\\d.])(?<n2>" + NUMBER + ")号(?:的)?鞋|(?:尺码|鞋码|码数)\\s*(?:是|:|为)?\\s*(?<n3>" + NUMBER + ")"
            + "(?![\\d.])|\\bsize\\s*(?<n4>" + NUMBER + ")(?![\\d.])", Pattern.CASE_INSENSITIVE);
    private static final Pattern SYSTEM = Pattern.compile(WordBoundary.BEFORE + "(?<sys>EU|US|UK)\\s?(?:size\\s?)?"
            + "(?<n>" + NUMBER + ")(?![\\d.])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_SIZE = Pattern.compile("均码|\\bone size\\b|\\bfree size\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<EntitySpan> recognize(EntityText text) {
        List<EntitySpan> found = new ArrayList<>();
        String s = text.text();
        Matcher m = SAFE_LETTERS.matcher(s);
        while (m.find()) {
            add(found, letters(m.group("l")), m.start(), m.end());
        }
        m = LABELLED_LETTERS.matcher(s);
        while (m.find()) {
            add(found, letters(m.group("l") != null ? m.group("l") : m.group("l2")), m.start(), m.end());
        }
        m = LETTER_BEFORE_DE.matcher(s);
        while (m.find()) {
            String group = m.group("l") != null ? "l" : "l2";
            add(found, letters(m.group(group)), m.start(group), m.end(group));
        }
        m = WHOLE_MESSAGE.matcher(s);
        while (m.find()) {
            add(found, letters(m.group("l")), m.start("l"), m.end("l"));
        }
        m = SIZE_WORDS.matcher(s);
        while (m.find()) {
            String word = m.group("w") != null ? m.group("w") : m.group("w2");
            add(found, WORDS.get(word.toLowerCase(Locale.ROOT)), m.start(), m.end());
        }
        m = NUMBERED.matcher(s);
        while (m.find()) {
            add(found, firstNonNull(m.group("n"), m.group("n2"), m.group("n3"), m.group("n4")), m.start(), m.end());
        }
        m = SYSTEM.matcher(s);
        while (m.find()) {
            add(found, m.group("sys").toUpperCase(Locale.ROOT) + " " + m.group("n"), m.start(), m.end());
        }
        m = ONE_SIZE.matcher(s);
        while (m.find()) {
            add(found, "ONE SIZE", m.start(), m.end());
        }
        return found;
    }

    /** 2XL is XXL, 3XL is XXXL: one spelling per size, the catalog's. */
    private static String letters(String written) {
        String upper = written.toUpperCase(Locale.ROOT);
        if (Character.isDigit(upper.charAt(0))) {
            return "X".repeat(upper.charAt(0) - '0') + "L";
        }
        return upper;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static void add(List<EntitySpan> found, String value, int start, int end) {
        if (value != null) {
            found.add(new EntitySpan(EntityKind.SIZE, value, start, end));
        }
    }
}
