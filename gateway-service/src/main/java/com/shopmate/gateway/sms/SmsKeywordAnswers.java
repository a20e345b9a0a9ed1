package com.shopmate.gateway.sms;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Carriers' keywords, answered by the gateway and never passed to the bot: STOP records the opt-out and confirms it
 * once; START lifts it and confirms; HELP names the shop and how to reach a person, opted out or not. START from a
 * number that never opted out is not a keyword: "yes" is an answer to the bot.
 */
@ApplicationScoped
public class SmsKeywordAnswers {

    private final SmsOptOuts optOuts;
    private final SmsTurnSender sender;
    private final SmsConfig.Keywords config;
    private final MeterRegistry metrics;

    public SmsKeywordAnswers(SmsOptOuts optOuts, SmsTurnSender sender, SmsConfig config, MeterRegistry metrics) {
        this.optOuts = optOuts;
        this.sender = sender;
        this.config = config.keywords();
        this.metrics = metrics;
    }

    /** Answers the keyword; false when the message is for the bot after all (START from a subscribed number). */
    public Uni<Boolean> answer(SmsKeyword keyword, String phone, String messageSid, String text, String traceparent) {
        boolean chinese = SmsKeyword.isChinese(text);
        return switch (keyword) {
            // Confirmed once: a second STOP from an opted-out number gets nothing, as carriers expect.
            case STOP -> optOuts.optOut(phone).chain(newly -> newly && config.confirm()
                    ? confirm(phone, messageSid, traceparent, stopped(chinese)) : Uni.createFrom().voidItem())
                    .invoke(() -> counted(keyword)).replaceWith(true);
            case START -> optOuts.optIn(phone).chain(wasOut -> {
                if (!wasOut) {
                    return Uni.createFrom().item(false);
                }
                counted(keyword);
                return (config.confirm() ? confirm(phone, messageSid, traceparent, started(chinese))
                        : Uni.createFrom().voidItem()).replaceWith(true);
            });
            case HELP -> confirm(phone, messageSid, traceparent, help(chinese))
                    .invoke(() -> counted(keyword)).replaceWith(true);
        };
    }

    private Uni<Void> confirm(String phone, String messageSid, String traceparent, String text) {
        return sender.send(new SmsTurn(PhoneNumbers.conversationId(phone), phone, messageSid, List.of(text), false,
                true, messageSid, traceparent));
    }

    private void counted(SmsKeyword keyword) {
        metrics.counter("shopmate.sms.keywords", "keyword", keyword.name().toLowerCase(java.util.Locale.ROOT))
                .increment();
    }

    String stopped(boolean chinese) {
        return chinese ? "您已退订" + config.shopName() + "的短信，将不再收到任何消息。回复“订阅”或 START 可重新订阅。"
                : "You have been unsubscribed from " + config.shopName() + " messages and will receive no more."
                + " Reply START to resubscribe.";
    }

    String started(boolean chinese) {
        return chinese ? "您已重新订阅" + config.shopName() + "的短信。回复“退订”可退订，回复“帮助”获取帮助。"
                : "You have been resubscribed to " + config.shopName() + " messages. Reply STOP to unsubscribe,"
                + " HELP for help.";
    }

    String help(boolean chinese) {
        return chinese ? config.shopName() + "客服：人工服务请联系 " + config.support() + "。回复“退订”退订。"
                : config.shopName() + " customer service. To reach a person: " + config.support()
                + ". Reply STOP to unsubscribe.";
    }
}
