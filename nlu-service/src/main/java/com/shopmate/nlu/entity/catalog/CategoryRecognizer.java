package com.shopmate.nlu.entity.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.shopmate.nlu.entity.EntityKind;
import com.shopmate.nlu.entity.EntityRecognizer;
import com.shopmate.nlu.entity.EntitySpan;
import com.shopmate.nlu.entity.EntityText;
import com.shopmate.nlu.entity.PhraseMatcher;
import com.shopmate.nlu.entity.PhraseMatcher.Phrase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Product categories by the catalog's display names (手机, Phones) and the words of {@code nlu/catalog/categories.yml}
 * (智能手机, earbuds); the value is the catalog's category key ({@code phones}).
 */
public final class CategoryRecognizer implements EntityRecognizer {

    public static final String SYNONYMS = "nlu/catalog/categories.yml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final Pattern LABEL_OF_NUMBER = Pattern.compile("\\s*(?:is|是|为|:|#)?\\s*[+\\d]");

    private final PhraseMatcher<String> names;

    /** Words that hold a category's name without naming the category: 手机号 is a phone number. */
    private static final String NOT_A_CATEGORY = "";

    public CategoryRecognizer(ProductCatalog catalog, Synonyms synonyms) {
        List<Phrase<String>> phrases = new ArrayList<>();
        Set<String> categories = new LinkedHashSet<>();
        for (CatalogProduct product : catalog.products()) {
            if (product.category() != null && categories.add(product.category())) {
                for (String name : new String[] {product.categoryZh(), product.categoryEn()}) {
                    if (name != null) {
                        phrases.add(new Phrase<>(EntityText.matchingForm(name), product.category()));
                    }
                }
            }
        }
        synonyms.categories().forEach((category, words) -> {
            if (categories.contains(category)) {
                words.all().forEach(w -> phrases.add(new Phrase<>(EntityText.matchingForm(w), category)));
            }
        });
        synonyms.notCategories().forEach(w -> phrases.add(new Phrase<>(EntityText.matchingForm(w), NOT_A_CATEGORY)));
        this.names = new PhraseMatcher<>(phrases);
    }

    /** The table of {@code categories.yml}. */
    public record Synonyms(Map<String, Words> categories, List<String> notCategories) {
        public Synonyms {
            categories = categories == null ? Map.of() : Map.copyOf(categories);
            notCategories = notCategories == null ? List.of() : List.copyOf(notCategories);
        }
    }

    public record Words(List<String> zh, List<String> en) {
        List<String> all() {
            List<String> all = new ArrayList<>(zh == null ? List.of() : zh);
            all.addAll(en == null ? List.of() : en);
            return all;
        }
    }

    /** "手机13912345678", "phone: +86…", "my phone is 138…": the word labels the number after it. */
    private static boolean labelsANumber(String lower, int end) {
        return LABEL_OF_NUMBER.matcher(lower).region(end, lower.length()).lookingAt();
    }

    public static Synonyms synonymsFromClasspath() {
        try (InputStream in = CategoryRecognizer.class.getClassLoader().getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException(SYNONYMS + " is not on the class path");
            }
            return YAML.readValue(in, Synonyms.class);
        } catch (IOException e) {
            throw new UncheckedIOException(SYNONYMS + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public List<EntitySpan> recognize(EntityText text) {
        return names.find(text.lower()).stream()
                .filter(m -> !m.value().equals(NOT_A_CATEGORY) && !labelsANumber(text.lower(), m.end()))
                .map(m -> new EntitySpan(EntityKind.CATEGORY, m.value(), m.start(), m.end()))
                .toList();
    }
}
