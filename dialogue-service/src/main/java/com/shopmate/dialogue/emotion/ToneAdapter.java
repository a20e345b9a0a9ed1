package com.shopmate.dialogue.emotion;

import com.shopmate.dialogue.reply.ReplyTemplates;
import com.shopmate.events.ReplyComposed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Makes the bot's replies fit an angry or frustrated shopper: no cheerful pleasantries ("还有什么可以帮您的吗？",
 * "happy shopping!", the operator lists them in replies.yml under {@code tone.cheerful}), no exclamation marks and
 * no emoji; what is left is the answer itself, shorter and to the point. Calm shoppers get the replies unchanged.
 */
public final class ToneAdapter {

    static final String CHEERFUL = "tone.cheerful";
    private static final Pattern EMOJI = Pattern.compile("[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{FE0F}～~]");

    private final Supplier<ReplyTemplates> wording;
    private final double angryFrom;

    /** @param angryFrom the intensity of anger or frustration from which replies are sobered */
    public ToneAdapter(Supplier<ReplyTemplates> wording, double angryFrom) {
        this.wording = wording;
        this.angryFrom = angryFrom;
    }

    public boolean angry(ToneReading tone) {
        return "negative".equals(tone.polarity()) && tone.intensity() >= angryFrom
                && ("anger".equals(tone.emotion()) || "frustration".equals(tone.emotion()));
    }

    public List<ReplyComposed.Reply> adapt(List<ReplyComposed.Reply> replies, ToneReading tone, String language) {
        if (!angry(tone)) {
            return replies;
        }
        List<String> cheerful = wording.get().find(CHEERFUL, language)
                .map(ReplyTemplates.Template::variants).orElse(List.of());
        List<ReplyComposed.Reply> sober = new ArrayList<>();
        for (ReplyComposed.Reply reply : replies) {
            String text = sober(reply.text(), cheerful, language);
            if (!text.isBlank()) {
                sober.add(new ReplyComposed.Reply(text, reply.quickReplies(), reply.card()));
            } else if (reply.card() != null) {
                sober.add(reply);
            }
        }
        return sober.isEmpty() ? replies : sober;
    }

    static String sober(String text, List<String> cheerful, String language) {
        String result = text;
        for (String phrase : cheerful) {
            result = result.replace(phrase, "");
        }
        result = EMOJI.matcher(result).replaceAll("");
        result = "zh".equals(language) ? result.replace('！', '。').replace("!", "。")
                : result.replace("!", ".").replace('！', '.');
        return result.replaceAll("[ \\t]{2,}", " ").strip();
    }
}
