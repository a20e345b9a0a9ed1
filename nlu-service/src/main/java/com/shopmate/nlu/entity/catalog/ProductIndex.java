package com.shopmate.nlu.entity.catalog;

import com.shopmate.nlu.entity.EntityText;
import com.shopmate.nlu.entity.catalog.CatalogTerms.Term;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog's product names as term sets, and how well a stretch of a shopper's text matches each.
 *
 * <p>Each product is indexed under several keys: its full Chinese and English names, the same without brand and
 * model (what a shopper says who does not know them: 羽绒服, running shoes) and its model alone (Onyx K4); sizes and
 * amounts (256GB, 50ml) are left out. A mention is a run of the text's terms that match one key, with at most
 * {@link #MAX_GAP} unmatched terms between two matched ones; it scores the Dice coefficient between its terms and the
 * key's, 2·matched / (mention terms + key terms): 1 for the name exactly, 0.5 for 羽绒服 against 连帽短款羽绒服.
 * A mention must match at least {@link #FEWEST_MATCHED} terms, one of them more than the product's brand or category
 * (曜石的手机 is a brand and a category, not a product). English words also match with a typo or two (edit
 * distance, by length).
 */
final class ProductIndex {

    /** One matching term (手机, shoe, K4) is a category or too little to tell products apart. */
    static final int FEWEST_MATCHED = 2;
    /** Unmatched terms a mention may hold between two matched ones (素禾 的 羽绒服). */
    static final int MAX_GAP = 2;
    /** Words this long may have one typo; words of {@link #TWO_TYPOS_FROM} letters two. */
    static final int ONE_TYPO_FROM = 5;
    static final int TWO_TYPOS_FROM = 9;
    /** Terms of a key beyond this are not indexed (no real product name comes close). */
    private static final int MAX_KEY_TERMS = 64;

    /** @param specific whether it matches more than the product's brand and category (曜石的手机 does not) */
    record Mention(int product, double score, int matched, boolean specific, int start, int end) {
    }

    /** @param genericTerms bit i set: term i of the key is the product's brand or category, not the product */
    private record Key(int product, int size, long genericTerms) {
    }

    private record Posting(int key, int termIndex) {
    }

    private final List<CatalogProduct> products;
    private final List<Key> keys = new ArrayList<>();
    private final Map<String, List<Posting>> postings = new HashMap<>();
    private final List<String> typoVocabulary;

    ProductIndex(List<CatalogProduct> products) {
        this.products = List.copyOf(products);
        Set<String> vocabulary = new LinkedHashSet<>();
        for (int p = 0; p < this.products.size(); p++) {
            CatalogProduct product = this.products.get(p);
            Set<String> generic = new LinkedHashSet<>();
            for (String name : new String[] {product.brand(), product.brandZh(), product.categoryZh(),
                    product.categoryEn()}) {
                generic.addAll(specless(name));
            }
            for (List<String> key : keysOf(product)) {
                int id = keys.size();
                long genericTerms = 0;
                for (int t = 0; t < key.size(); t++) {
                    genericTerms |= generic.contains(key.get(t)) ? 1L << t : 0;
                }
                keys.add(new Key(p, key.size(), genericTerms));
                for (int t = 0; t < key.size(); t++) {
                    postings.computeIfAbsent(key.get(t), k -> new ArrayList<>()).add(new Posting(id, t));
                    if (isTypoCandidate(key.get(t))) {
                        vocabulary.add(key.get(t));
                    }
                }
            }
        }
        this.typoVocabulary = List.copyOf(vocabulary);
    }

    CatalogProduct product(int index) {
        return products.get(index);
    }

    /**
     * The best mention of each product that scores at least {@code minScore}: the one that matches most of its
     * terms, then the most similar ("Leap L5 running shoes" against the full name beats "running shoes" alone).
     */
    Map<Integer, Mention> mentions(List<Term> terms, double minScore) {
        Map<Integer, List<int[]>> hitsByKey = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            for (String form : formsOf(terms.get(i))) {
                for (Posting posting : postings.getOrDefault(form, List.of())) {
                    List<int[]> hits = hitsByKey.computeIfAbsent(posting.key(), k -> new ArrayList<>());
                    hits.add(new int[] {i, posting.termIndex()});
                }
            }
        }
        Map<Integer, Mention> best = new HashMap<>();
        for (Map.Entry<Integer, List<int[]>> entry : hitsByKey.entrySet()) {
            Key key = keys.get(entry.getKey());
            for (Mention mention : clusters(key, entry.getValue(), terms)) {
                if (mention.score() >= minScore && mention.matched() >= FEWEST_MATCHED && mention.specific()) {
                    best.merge(key.product(), mention, ProductIndex::better);
                }
            }
        }
        return best;
    }

    private List<Mention> clusters(Key key, List<int[]> hits, List<Term> terms) {
        List<Mention> mentions = new ArrayList<>();
        int first = 0;
        for (int h = 1; h <= hits.size(); h++) {
            if (h == hits.size() || hits.get(h)[0] - hits.get(h - 1)[0] - 1 > MAX_GAP) {
                mentions.add(mention(key, hits.subList(first, h), terms));
                first = h;
            }
        }
        return mentions;
    }

    private static Mention mention(Key key, List<int[]> hits, List<Term> terms) {
        long matchedTerms = 0;
        for (int[] hit : hits) {
            matchedTerms |= 1L << hit[1];
        }
        int matched = Long.bitCount(matchedTerms);
        int firstTerm = hits.get(0)[0];
        int lastTerm = hits.get(hits.size() - 1)[0];
        int mentionSize = lastTerm - firstTerm + 1;
        double dice = 2.0 * matched / (mentionSize + key.size());
        boolean specific = (matchedTerms & ~key.genericTerms()) != 0;
        return new Mention(key.product(), dice, matched, specific, terms.get(firstTerm).start(),
                terms.get(lastTerm).end());
    }

    private static Mention better(Mention a, Mention b) {
        if (a.matched() != b.matched()) {
            return a.matched() > b.matched() ? a : b;
        }
        return a.score() >= b.score() ? a : b;
    }

    /** A term as written, and the catalog words it may be a typo of. */
    private List<String> formsOf(Term term) {
        if (postings.containsKey(term.text()) || !isTypoCandidate(term.text())) {
            return List.of(term.text());
        }
        int typos = term.text().length() >= TWO_TYPOS_FROM ? 2 : 1;
        List<String> forms = new ArrayList<>();
        for (String word : typoVocabulary) {
            if (EditDistance.within(term.text(), word, typos)) {
                forms.add(word);
            }
        }
        return forms;
    }

    private static boolean isTypoCandidate(String term) {
        if (term.length() < ONE_TYPO_FROM) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static List<List<String>> keysOf(CatalogProduct product) {
        List<String> zh = specless(product.nameZh());
        List<String> en = specless(product.nameEn());
        List<String> model = specless(product.model());
        List<String> brand = new ArrayList<>(specless(product.brand()));
        brand.addAll(specless(product.brandZh()));
        Set<List<String>> keys = new LinkedHashSet<>();
        for (List<String> name : List.of(zh, en)) {
            keys.add(name);
            List<String> bare = new ArrayList<>(name);
            bare.removeAll(brand);
            bare.removeAll(model);
            keys.add(bare);
        }
        keys.add(model);
        keys.removeIf(k -> k.isEmpty() || k.size() > MAX_KEY_TERMS);
        return List.copyOf(keys);
    }

    private static List<String> specless(String name) {
        if (name == null) {
            return List.of();
        }
        Set<String> terms = new LinkedHashSet<>();
        for (Term term : CatalogTerms.of(EntityText.matchingForm(name))) {
            if (!CatalogTerms.isSpec(term.text())) {
                terms.add(term.text());
            }
        }
        return List.copyOf(terms);
    }
}
