package com.shopmate.dialogue.reply;

import com.shopmate.dialogue.context.ConversationContext;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.SentimentScored;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what the bot says to one understood utterance: the intent's template in the shopper's language, an
 * opener first when the shopper is upset (an apology, or reassurance when anxious), the fallback when the NLU is
 * unsure.
 */
public class ReplyComposer {

    public static final String FALLBACK = "fallback";
    public static final String NOT_SUPPORTED_YET = "not_supported_yet";
    static final String EMPATHY = "empathy";
    static final String OUT_OF_SCOPE = "out_of_scope";

    public record Composition(String language, List<ReplyComposed.Reply> replies) {
    }

    private final java.util.function.Supplier<ReplyTemplates> wording;
    private final double minConfidence;
    private final double empathyIntensity;

    public ReplyComposer(ReplyTemplates templates, double minConfidence, double empathyIntensity) {
        this(() -> templates, minConfidence, empathyIntensity);
    }

    /** @param wording the templates in force, read again on every turn so a reload takes effect at once */
    public ReplyComposer(java.util.function.Supplier<ReplyTemplates> wording, double minConfidence,
                         double empathyIntensity) {
        this.wording = wording;
        this.minConfidence = minConfidence;
        this.empathyIntensity = empathyIntensity;
    }

    /** @param sentiment the utterance's tone, or null when it did not arrive in time */
    public Composition compose(IntentClassified intent, SentimentScored sentiment, ConversationContext context) {
        String language = ReplyLanguage.choose(intent.language(), intent.text(), context.language());
        int turn = (int) context.exchanges();
        ReplyTemplates templates = wording.get();
        ReplyTemplates.Template answer = templates.require(templateFor(intent, language), language);

        List<ReplyComposed.Reply> replies = new ArrayList<>();
        String text = answer.variant(turn);
        if (upset(sentiment)) {
            text = opener(sentiment.emotion(), language).map(t -> t.variant(turn) + separator(language))
                    .orElse("") + text;
        }
        replies.add(new ReplyComposed.Reply(text, answer.quickReplies()));
        return new Composition(language, replies);
    }

    /** A flow's replies, opened with an apology or reassurance when the shopper is upset. */
    public List<ReplyComposed.Reply> comforted(List<ReplyComposed.Reply> replies, SentimentScored sentiment,
                                               String language, int turn) {
        return comforted(replies, sentiment, language, turn, false);
    }

    /**
     * @param escalating whether the shopper's frustration is rising (the escalation risk): a plain "sorry" again
     *                   would sound like a template, so {@code empathy_escalated} owns up to the trouble instead
     */
    public List<ReplyComposed.Reply> comforted(List<ReplyComposed.Reply> replies, SentimentScored sentiment,
                                               String language, int turn, boolean escalating) {
        if (!upset(sentiment) || replies.isEmpty()) {
            return replies;
        }
        boolean cross = "anger".equals(sentiment.emotion()) || "frustration".equals(sentiment.emotion());
        Optional<ReplyTemplates.Template> opener = escalating && cross
                ? wording.get().find(EMPATHY + "_escalated", language).or(() -> opener(sentiment.emotion(), language))
                : opener(sentiment.emotion(), language);
        if (opener.isEmpty()) {
            return replies;
        }
        List<ReplyComposed.Reply> comforted = new ArrayList<>(replies);
        ReplyComposed.Reply first = replies.get(0);
        comforted.set(0, new ReplyComposed.Reply(opener.get().variant(turn) + separator(language) + first.text(),
                first.quickReplies(), first.card()));
        return comforted;
    }

    /** Whether the bot did not understand the utterance: it answers with the fallback. */
    public boolean fallsBack(IntentClassified intent) {
        return OUT_OF_SCOPE.equals(intent.intent()) || intent.confidence() < minConfidence;
    }

    private String templateFor(IntentClassified intent, String language) {
        if (OUT_OF_SCOPE.equals(intent.intent()) || intent.confidence() < minConfidence) {
            return FALLBACK;
        }
        return wording.get().find(intent.intent(), language).isPresent() ? intent.intent() : NOT_SUPPORTED_YET;
    }

    /**
     * "empathy_anxiety" and the like when replies.yml has one for the shopper's emotion, else "empathy": a worried
     * shopper wants reassurance, not an apology for something that has not gone wrong.
     */
    private Optional<ReplyTemplates.Template> opener(String emotion, String language) {
        ReplyTemplates templates = wording.get();
        return templates.find(EMPATHY + "_" + emotion, language).or(() -> templates.find(EMPATHY, language));
    }

    private boolean upset(SentimentScored sentiment) {
        return sentiment != null && "negative".equals(sentiment.polarity())
                && sentiment.intensity() >= empathyIntensity;
    }

    private static String separator(String language) {
        return "zh".equals(language) ? "" : " ";
    }
}
