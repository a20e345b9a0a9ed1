package com.shopmate.gateway.identity;

import com.shopmate.errors.ApiException;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.util.KeyUtils;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The shop app's (or web login's) customer tokens: JWTs signed with the shop's key, {@code sub} = the shop's customer
 * id, with the configured issuer and audience, not expired. Verified with SmallRye JWT's parser. Without a configured
 * key no token is accepted (anonymous chat still works); a key that cannot be read stops the start.
 */
@Startup
@ApplicationScoped
public class AppTokens {

    private static final Logger LOG = Logger.getLogger(AppTokens.class);

    private final Optional<DefaultJWTParser> parser;

    AppTokens(@ConfigProperty(name = "shopmate.identity.jwt.public-key-location") Optional<String> keyLocation,
              @ConfigProperty(name = "shopmate.identity.jwt.issuer") String issuer,
              @ConfigProperty(name = "shopmate.identity.jwt.audience") String audience) {
        this.parser = keyLocation.filter(location -> !location.isBlank()).map(location -> {
            try {
                JWTAuthContextInfo context = new JWTAuthContextInfo(KeyUtils.decodePublicKey(pem(location)), issuer);
                context.setExpectedAudience(Set.of(audience));
                LOG.infof("customer tokens: verified with the key at %s, issuer %s, audience %s", location, issuer,
                        audience);
                return new DefaultJWTParser(context);
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the customer-token public key at " + location + ": "
                        + e.getMessage(), e);
            }
        });
        if (parser.isEmpty()) {
            LOG.info("no customer-token key (shopmate.identity.jwt.public-key-location): only anonymous chat");
        }
    }

    /** The PEM text at {@code location}: a file, else a class-path resource. */
    private static String pem(String location) throws IOException {
        Path file = Path.of(location);
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII);
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IOException("no such file or class-path resource");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /**
     * The customer id the token names.
     *
     * @throws ApiException 401 when the token is not one of the shop's, or has expired
     */
    public String customerId(String token) {
        return verified(token).getSubject();
    }

    /**
     * The token's claims, once verified: a channel may read the shop's own claims beside {@code sub} (WeChat's
     * binding reads {@code wechat_openid}).
     *
     * @throws ApiException 401 when the token is not one of the shop's, has expired, or names no customer
     */
    public JsonWebToken verified(String token) {
        if (parser.isEmpty()) {
            throw new ApiException(401, "invalid_token", "this gateway accepts no customer tokens: none is configured");
        }
        try {
            JsonWebToken jwt = parser.get().parse(token);
            String subject = jwt.getSubject();
            if (subject == null || subject.isBlank()) {
                throw new ApiException(401, "invalid_token", "the token names no customer (sub)");
            }
            return jwt;
        } catch (ParseException e) {
            // The reason (expired, wrong issuer, bad signature) is for the log; the client hears only that it failed.
            LOG.infof("customer token refused: %s", e.getMessage());
            throw new ApiException(401, "invalid_token", "the token is not valid: expired, or not signed by the shop");
        }
    }
}
