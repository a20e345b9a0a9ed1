package com.shopmate.gateway.sms;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** One SMS out through the provider's Messages API, from the shop's number. */
@ApplicationScoped
public class SmsOutbound {

    private final SmsProviderClient provider;
    private final SmsConfig config;

    public SmsOutbound(@RestClient SmsProviderClient provider, SmsConfig config) {
        this.provider = provider;
        this.config = config;
    }

    public Uni<Void> send(String to, String body) {
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (config.provider().accountSid() + ":" + config.provider().authToken()).getBytes(StandardCharsets.UTF_8));
        return provider.send(config.provider().accountSid(), authorization, to, config.fromNumber(), body)
                .replaceWithVoid();
    }
}
