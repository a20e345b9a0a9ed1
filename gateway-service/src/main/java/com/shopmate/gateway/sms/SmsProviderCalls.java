package com.shopmate.gateway.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.kit.privacy.PersonalData;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One message, one segment long, handed to the provider's Messages API from the shop's number. A failure that may
 * pass (5xx, 429, a timeout, no connection) is retried with a growing backoff ({@code shopmate.sms.outbound.*}); a
 * refusal is not. Either way the caller gets the provider's message id or an {@link SmsSendFailure}.
 */
@ApplicationScoped
public class SmsProviderCalls {

    private static final Logger LOG = Logger.getLogger(SmsProviderCalls.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the provider accepted: its id for the message ({@code SM...}; null if it named none). */
    public record Accepted(String providerMessageId, int attempts) {
    }

    private final SmsProviderClient provider;
    private final SmsConfig config;
    private final Counter retried;

    public SmsProviderCalls(@RestClient SmsProviderClient provider, SmsConfig config, MeterRegistry metrics) {
        this.provider = provider;
        this.config = config;
        this.retried = metrics.counter("shopmate.sms.send.retries");
    }

    public Uni<Accepted> send(String to, String body) {
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (config.provider().accountSid() + ":" + config.provider().authToken()).getBytes(StandardCharsets.UTF_8));
        String statusCallback = config.publicUrl().map(url -> url.replaceAll("/+$", "") + SmsStatusResource.PATH)
                .orElse(null);
        AtomicInteger attempts = new AtomicInteger();
        SmsConfig.Outbound outbound = config.outbound();
        return Uni.createFrom().deferred(() -> {
                    attempts.incrementAndGet();
                    return provider.send(config.provider().accountSid(), authorization, to, config.fromNumber(), body,
                            statusCallback);
                })
                .onFailure(SmsSendFailure::mayPass).invoke(failure -> {
                    if (attempts.get() <= outbound.retries()) {
                        retried.increment();
                        LOG.warnf("SMS to %s not taken by the provider (attempt %d of %d), retrying: %s",
                                PersonalData.maskPhone(to), attempts.get(), outbound.retries() + 1,
                                failure.toString());
                    }
                })
                .onFailure(SmsSendFailure::mayPass).retry()
                .withBackOff(outbound.firstBackoff(), outbound.maxBackoff()).atMost(outbound.retries())
                .map(answer -> new Accepted(providerMessageId(answer), attempts.get()))
                .onFailure().transform(failure -> SmsSendFailure.of(failure, attempts.get()));
    }

    private static String providerMessageId(String answer) {
        try {
            String sid = JSON.readTree(answer).path("sid").asText(null);
            return sid == null || sid.isBlank() ? null : sid;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
