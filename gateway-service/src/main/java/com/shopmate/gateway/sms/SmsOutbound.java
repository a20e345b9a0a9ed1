package com.shopmate.gateway.sms;

import com.shopmate.errors.ApiException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An SMS another feature sends on its own (an order code), not as a reply: refused for a number that opted out,
 * cut into segments, each handed to the provider with its retries. A failure is the caller's to answer.
 */
@ApplicationScoped
public class SmsOutbound {

    private final SmsProviderCalls provider;
    private final SmsOptOuts optOuts;

    public SmsOutbound(SmsProviderCalls provider, SmsOptOuts optOuts) {
        this.provider = provider;
        this.optOuts = optOuts;
    }

    public Uni<Void> send(String to, String body) {
        return optOuts.isOptedOut(to).chain(optedOut -> {
            if (optedOut) {
                return Uni.createFrom().failure(new ApiException(409, "sms_opted_out", "this number texted STOP to"
                        + " the shop and gets no SMS until it texts START"));
            }
            return Multi.createFrom().iterable(SmsSegments.of(body))
                    .onItem().transformToUniAndConcatenate(segment -> provider.send(to, segment))
                    .collect().last().replaceWithVoid()
                    .onFailure(SmsSendFailure.class).transform(failure -> new ApiException(502, "sms_not_sent",
                            "the SMS could not be sent: " + failure.getMessage()));
        });
    }
}
