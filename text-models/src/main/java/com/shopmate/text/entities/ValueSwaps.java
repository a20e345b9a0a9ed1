package com.shopmate.text.entities;

import com.shopmate.text.entities.EntityTagger.Sentence;
import com.shopmate.text.entities.EntityTagger.TaggedSpan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * More training sentences for the tagger from the ones it has: the same sentence with another value in an entity's
 * place, either another known value of the same type and script (寄到[杭州]要多久 → 寄到[天津]要多久) or one made up
 * in the same shape (寄到[葛苑]要多久, promo code [KQPD71]). A pack has few annotations of each type; without swaps
 * the tagger learns the values it saw, with them it learns the words around them and the shape of the value.
 */
final class ValueSwaps {

    private ValueSwaps() {
    }

    static List<Sentence> variants(List<Sentence> sentences, Gazetteer gazetteer, TaggerSettings settings) {
        Map<String, List<String>> pools = pools(gazetteer);
        String hanCharacters = hanCharacters(sentences);
        Random random = new Random(settings.seed());
        List<Sentence> variants = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (sentence.entities().isEmpty()) {
                continue;
            }
            for (int k = 0; k < settings.variantsPerExample(); k++) {
                variants.add(swap(sentence, pools, hanCharacters, random));
            }
        }
        return variants;
    }

    private static Sentence swap(Sentence sentence, Map<String, List<String>> pools, String hanCharacters,
                                 Random random) {
        TokenizedText text = sentence.text();
        StringBuilder out = new StringBuilder();
        List<int[]> inserted = new ArrayList<>();
        int copied = 0;
        for (TaggedSpan entity : sentence.entities()) {
            int start = text.token(entity.from()).start();
            int end = text.token(entity.to() - 1).end();
            out.append(text.text(), copied, start);
            List<String> pool = pool(pools, sentence, entity);
            String value = pool.size() > 1 && random.nextBoolean() ? pool.get(random.nextInt(pool.size()))
                    : madeUp(text.text().substring(start, end), hanCharacters, random);
            inserted.add(new int[]{out.length(), out.length() + value.length()});
            out.append(value);
            copied = end;
        }
        out.append(text.text(), copied, text.text().length());
        TokenizedText swapped = TokenizedText.of(out.toString());
        List<TaggedSpan> entities = new ArrayList<>();
        for (int i = 0; i < inserted.size(); i++) {
            int from = swapped.tokenAt(inserted.get(i)[0]);
            int to = swapped.tokenAt(inserted.get(i)[1]);
            if (from >= to || swapped.token(to - 1).end() != inserted.get(i)[1]) {
                return sentence; // the new value ran into a neighbouring word: keep the sentence as it was
            }
            entities.add(new TaggedSpan(sentence.entities().get(i).type(), from, to, 1));
        }
        return new Sentence(swapped, entities);
    }

    /** Each Chinese character, letter and digit replaced by a random one of its kind; the rest kept. */
    private static String madeUp(String value, String hanCharacters, Random random) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                out.append(hanCharacters.charAt(random.nextInt(hanCharacters.length())));
            } else if (cp >= 'A' && cp <= 'Z') {
                out.append((char) ('A' + random.nextInt(26)));
            } else if (cp >= 'a' && cp <= 'z') {
                out.append((char) ('a' + random.nextInt(26)));
            } else if (cp >= '0' && cp <= '9') {
                out.append((char) ('0' + random.nextInt(10)));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The Chinese characters of the entities: made-up values draw from them, so they look like names. */
    private static String hanCharacters(List<Sentence> sentences) {
        Set<Character> chars = new LinkedHashSet<>();
        for (Sentence sentence : sentences) {
            for (TaggedSpan entity : sentence.entities()) {
                sentence.text().span(entity.from(), entity.to()).chars()
                        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        .forEach(c -> chars.add((char) c));
            }
        }
        StringBuilder out = new StringBuilder();
        chars.forEach(out::append);
        return out.length() == 0 ? "的" : out.toString();
    }

    private static List<String> pool(Map<String, List<String>> pools, Sentence sentence, TaggedSpan entity) {
        String written = sentence.text().span(entity.from(), entity.to());
        return pools.getOrDefault(key(entity.type(), written), List.of(written));
    }

    /** Known phrases by type and script: a Chinese value replaces a Chinese one, an English one an English one. */
    private static Map<String, List<String>> pools(Gazetteer gazetteer) {
        Map<String, Set<String>> pools = new LinkedHashMap<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            pools.computeIfAbsent(key(entry.type(), entry.phrase()), k -> new LinkedHashSet<>()).add(entry.phrase());
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        pools.forEach((key, phrases) -> lists.put(key, List.copyOf(phrases)));
        return lists;
    }

    private static String key(String type, String phrase) {
        boolean han = phrase.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        return type + (han ? "/zh" : "/en");
    }
}
