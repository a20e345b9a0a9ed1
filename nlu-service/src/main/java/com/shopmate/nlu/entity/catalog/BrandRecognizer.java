package com.shopmate.nlu.entity.catalog;

import com.shopmate.nlu.entity.EntityKind;
import com.shopmate.nlu.entity.EntityRecognizer;
import com.shopmate.nlu.entity.EntitySpan;
import com.shopmate.nlu.entity.EntityText;
import com.shopmate.nlu.entity.PhraseMatcher;
import com.shopmate.nlu.entity.PhraseMatcher.Match;
import com.shopmate.nlu.entity.PhraseMatcher.Phrase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog's brands by their Chinese and English names (曜石, Obsidra); a one-word English name also with a typo
 * ("Obsidera"). The value is the brand's English name as the catalog writes it.
 */
public final class BrandRecognizer implements EntityRecognizer {

    /** One-word English names this long may have one typo: shorter ones would match ordinary words. */
    private static final int TYPO_FROM = 6;
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private final PhraseMatcher<String> names;
    /** One-word English names, lower-cased, to the brand. */
    private final Map<String, String> typoTargets = new LinkedHashMap<>();

    public BrandRecognizer(ProductCatalog catalog) {
        List<Phrase<String>> phrases = new ArrayList<>();
        for (CatalogProduct product : catalog.products()) {
            String brand = product.brand() != null ? product.brand() : product.brandZh();
            if (brand == null) {
                continue;
            }
            for (String name : new String[] {product.brand(), product.brandZh()}) {
                if (name != null && !name.isBlank()) {
                    String form = EntityText.matchingForm(name);
                    phrases.add(new Phrase<>(form, brand));
                    if (form.length() >= TYPO_FROM && WORD.matcher(form).matches()) {
                        typoTargets.putIfAbsent(form, brand);
                    }
                }
            }
        }
        this.names = new PhraseMatcher<>(phrases);
    }

    @Override
    public List<EntitySpan> recognize(EntityText text) {
        List<EntitySpan> found = new ArrayList<>();
        List<Match<String>> exact = names.find(text.lower());
        exact.forEach(m -> found.add(new EntitySpan(EntityKind.BRAND, m.value(), m.start(), m.end())));
        Matcher words = WORD.matcher(text.lower());
        while (words.find()) {
            String word = words.group();
            String lower = text.lower();
            boolean alone = (words.start() == 0 || !PhraseMatcher.isWordChar(lower.charAt(words.start() - 1)))
                    && (words.end() == lower.length() || !PhraseMatcher.isWordChar(lower.charAt(words.end())));
            if (!alone || word.length() < TYPO_FROM || typoTargets.containsKey(word)
                    || exact.stream().anyMatch(m -> m.start() <= words.start() && words.end() <= m.end())) {
                continue;
            }
            for (Map.Entry<String, String> target : typoTargets.entrySet()) {
                if (EditDistance.within(word, target.getKey(), 1)) {
                    found.add(new EntitySpan(EntityKind.BRAND, target.getValue(), words.start(), words.end()));
                    break;
                }
            }
        }
        return found;
    }
}
