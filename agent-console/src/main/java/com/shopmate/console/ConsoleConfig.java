package com.shopmate.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The agent console's settings (docs/operations.md lists them with their defaults). */
@ConfigMapping(prefix = "shopmate.console")
public interface ConsoleConfig {

    /** A queued conversation nobody claimed within this time goes back to the bot as {@code unclaimed}. */
    @WithDefault("3m")
    Duration claimTimeout();

    /** How often queued conversations are checked against {@link #claimTimeout()}. */
    @WithDefault("5s")
    Duration unclaimedCheckEvery();

    /** The canned replies file: a classpath resource, or a path on disk when one exists there. */
    @WithDefault("console/canned-replies.yml")
    String cannedReplies();

    /** The language of an agent's reply in a conversation whose language is not known. */
    @WithDefault("zh")
    String defaultLanguage();

    /**
     * The key that encrypts agents' session cookies ({@code SHOPMATE_CONSOLE_SESSION_KEY}, 16+ characters), given to
     * {@code quarkus.http.auth.session.encryption-key}; without one, a restart signs everybody out.
     */
    Optional<String> sessionKey();
}
