package com.shopmate.dialogue.faq;

import com.shopmate.text.classifier.Language;
import com.shopmate.text.encoder.Encoders;
import com.shopmate.text.encoder.SentenceEncoder;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A shop's FAQ, searchable by meaning: a shopper's message is embedded with the pretrained encoder of its script
 * (text-models' bge-small-zh or -en, the ones nlu-service uses) and compared with each entry's question and answer.
 * Immutable and safe for any number of threads; a changed FAQ file is a new index (see {@link FaqAnswers}).
 *
 * <p>Only the sentence embeddings score: n-gram TF-IDF or BM25 beside them found fewer paraphrases, not more
 * (ADR 12).
 */
public final class FaqIndex {

    private final List<FaqEntry> entries;
    private final Map<Language, FaqVectors> vectors;
    private final double minSimilarity;

    private FaqIndex(List<FaqEntry> entries, Map<Language, FaqVectors> vectors, double minSimilarity) {
        this.entries = entries;
        this.vectors = vectors;
        this.minSimilarity = minSimilarity;
    }

    /**
     * Reads and indexes a FAQ file, or the demo shop's bundled FAQ when {@code file} is empty.
     *
     * @param minSimilarity the score ({@link FaqMatch#score()}) below which {@link #best} finds nothing
     * @throws IllegalArgumentException naming the line when the file is not a valid FAQ
     */
    public static FaqIndex load(Optional<Path> file, double minSimilarity) {
        return build(file.map(FaqFile::read).orElseGet(FaqFile::bundled), minSimilarity);
    }

    public static FaqIndex build(List<FaqEntry> entries, double minSimilarity) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a FAQ needs at least one entry");
        }
        Map<Language, FaqVectors> vectors = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            SentenceEncoder encoder = language == Language.CHINESE ? Encoders.chinese() : Encoders.english();
            vectors.put(language, FaqVectors.embed(entries, language, encoder));
        }
        return new FaqIndex(List.copyOf(entries), vectors, minSimilarity);
    }

    /**
     * The entry that answers {@code text}, if one is close enough; no answer is better than a wrong one, so
     * small talk, product questions and anything the FAQ does not cover find nothing, and so does a question
     * naming a particular order, parcel or return (that is the back end's to answer).
     *
     * @param text     the shopper's message, in either language: it is compared in the language of its script
     * @param language the language to answer in, {@code zh} or {@code en}; anything else answers in the
     *                 message's language
     */
    public Optional<FaqMatch> best(String text, String language) {
        return nearest(text, language).filter(match -> match.score() >= minSimilarity);
    }

    /** The nearest entry whatever its score (what {@link #best} filters by the floor). */
    Optional<FaqMatch> nearest(String text, String language) {
        if (text == null || text.isBlank() || ReferenceNumbers.mentionedIn(text)) {
            return Optional.empty();
        }
        Language written = Language.of(text);
        double[] scores = vectors.get(written).scores(text);
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        Language answering = answerLanguage(language, written);
        FaqEntry entry = entries.get(best);
        return Optional.of(new FaqMatch(entry, answering.code(), entry.answer(answering), scores[best]));
    }

    private static Language answerLanguage(String requested, Language written) {
        for (Language language : Language.values()) {
            if (language.code().equals(requested)) {
                return language;
            }
        }
        return written;
    }

    public List<FaqEntry> entries() {
        return entries;
    }

    public double minSimilarity() {
        return minSimilarity;
    }
}
