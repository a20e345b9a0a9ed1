package com.shopmate.gateway.sms;

import com.shopmate.errors.ApiException;
import com.twilio.security.RequestValidator;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Only the provider may post to the SMS webhooks: each request must carry a valid {@code X-Twilio-Signature}, the
 * HMAC of the URL the provider called and every form field, keyed with the account's auth token (checked with
 * Twilio's {@link RequestValidator}). That URL is the public one ({@code shopmate.sms.public-url}) when a proxy or
 * tunnel in front of the gateway changes what the gateway sees, else the request's own.
 */
@ApplicationScoped
public class SmsWebhookSignature {

    public static final String HEADER = "X-Twilio-Signature";
    private static final Logger LOG = Logger.getLogger(SmsWebhookSignature.class);

    private final RequestValidator validator;
    private final Optional<String> publicUrl;
    private final MeterRegistry metrics;

    public SmsWebhookSignature(SmsConfig config, MeterRegistry metrics) {
        this.validator = new RequestValidator(config.provider().authToken());
        this.publicUrl = config.publicUrl().map(url -> url.replaceAll("/+$", ""));
        this.metrics = metrics;
    }

    /** Refuses (403, JSON body) a request the provider did not sign; nothing of it is used. */
    public void require(UriInfo request, String signature, MultivaluedMap<String, String> form) {
        String url = signedUrl(publicUrl, request.getRequestUri());
        if (signature == null || signature.isBlank()) {
            throw refused(url, "missing_signature", "the request carries no " + HEADER + " header");
        }
        Map<String, String> fields = new HashMap<>();
        form.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
        if (!validator.validate(url, fields, signature.strip())) {
            throw refused(url, "invalid_signature", "the " + HEADER + " header does not match the request (signed"
                    + " for another URL or auth token, or changed on the way)");
        }
    }

    static String signedUrl(Optional<String> publicUrl, URI requested) {
        return publicUrl.map(base -> base + requested.getRawPath()
                + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery())).orElse(requested.toString());
    }

    private ApiException refused(String url, String code, String message) {
        metrics.counter("shopmate.sms.webhook.refused", "reason", code).increment();
        LOG.warnf("SMS webhook request to %s refused: %s", url, message);
        return new ApiException(403, code, message);
    }
}
