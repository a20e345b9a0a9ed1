package com.shopmate.dialogue.handoff;

import com.shopmate.dialogue.context.ConversationContext;
import com.shopmate.dialogue.emotion.EscalationRisk;
import com.shopmate.dialogue.emotion.ToneReading;

import java.util.List;
import java.util.Map;

/**
 * The few lines an agent reads before answering: why the bot handed over, what the shopper asked last, the orders
 * discussed and how the shopper feels, in the conversation's language. Facts only from the conversation itself.
 */
final class HandoffSummary {

    private static final Map<String, String> REASONS_ZH = Map.of(HandoffRules.REQUESTED, "顾客要求转人工",
            HandoffRules.RISK, "顾客情绪升级", HandoffRules.FALLBACKS, "机器人多次未能理解",
            HandoffRules.FLOW, "需要人工处理", "unclaimed", "无人接入，顾客要求回电");
    private static final Map<String, String> REASONS_EN = Map.of(HandoffRules.REQUESTED, "the shopper asked for a person",
            HandoffRules.RISK, "the shopper is escalating", HandoffRules.FALLBACKS, "the bot failed to understand repeatedly",
            HandoffRules.FLOW, "a person must decide", "unclaimed", "nobody claimed it; the shopper wants a callback");
    private static final Map<String, String> EMOTIONS_ZH = Map.of("anger", "愤怒", "frustration", "不满",
            "anxiety", "焦急", "satisfaction", "满意", "neutral", "平静");
    private static final int QUOTED = 3;

    private HandoffSummary() {
    }

    static String of(String language, String reason, List<ConversationContext.Turn> turns, String current,
                     List<String> orders, List<ToneReading> tones) {
        boolean zh = !"en".equals(language);
        StringBuilder summary = new StringBuilder();
        summary.append(zh ? "原因：" : "Reason: ")
                .append((zh ? REASONS_ZH : REASONS_EN).getOrDefault(reason, reason)).append(zh ? "。" : ". ");
        List<String> said = new java.util.ArrayList<>(turns.stream()
                .filter(t -> ConversationContext.SHOPPER.equals(t.speaker())).map(ConversationContext.Turn::text)
                .toList());
        said.add(current);
        List<String> last = said.subList(Math.max(0, said.size() - QUOTED), said.size());
        summary.append(zh ? "顾客最近说：" : "Last said: ")
                .append(String.join(zh ? " / " : " / ", last.stream().map(t -> zh ? "「" + t + "」" : "\"" + t + "\"")
                        .toList())).append(zh ? "。" : ". ");
        if (!orders.isEmpty()) {
            summary.append(zh ? "涉及订单：" : "Orders: ").append(String.join(", ", orders)).append(zh ? "。" : ". ");
        }
        if (!tones.isEmpty()) {
            ToneReading now = tones.get(tones.size() - 1);
            String emotion = zh ? EMOTIONS_ZH.getOrDefault(now.emotion(), now.emotion()) : now.emotion();
            double trend = EscalationRisk.trend(tones);
            String direction = trend > 0.1 ? (zh ? "上升" : "rising") : trend < -0.1 ? (zh ? "缓和" : "easing")
                    : (zh ? "平稳" : "steady");
            summary.append(zh ? "情绪：" : "Mood: ").append(emotion)
                    .append(String.format(java.util.Locale.ROOT, zh ? "（强度 %.1f），%s。" : " (intensity %.1f), %s.",
                            now.intensity(), direction));
        }
        return summary.toString().strip();
    }
}
