package com.shopmate.console.agents;

import com.shopmate.errors.ApiException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An account an operator asks for ({@code POST /admin/console/agents}); {@link #validated()} says what is wrong with
 * it, or gives it with the defaults filled in.
 */
public record NewAgent(String username, String displayName, String password, List<String> roles,
                       Integer maxOpenChats) {

    public static final int MIN_PASSWORD_LENGTH = 8;
    // bcrypt reads at most 72 bytes: a longer password would be silently cut, so it is refused instead.
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int DEFAULT_MAX_OPEN_CHATS = 3;
    public static final int MAX_OPEN_CHATS_LIMIT = 50;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public NewAgent validated() {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ApiException.badRequest("invalid_username", "username must be 2-64 lower-case letters, digits,"
                    + " '.', '_' or '-', starting with a letter or digit; got " + quoted(username));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw ApiException.badRequest("invalid_display_name", "displayName must be 1-100 characters");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw ApiException.badRequest("invalid_password",
                    "password must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw ApiException.badRequest("invalid_password",
                    "password must be at most " + MAX_PASSWORD_BYTES + " bytes (bcrypt ignores the rest)");
        }
        List<String> givenRoles = roles == null || roles.isEmpty() ? List.of(Agent.AGENT) : roles;
        for (String role : givenRoles) {
            if (!Agent.ROLES.contains(role)) {
                throw ApiException.badRequest("invalid_role", "roles are " + Agent.ROLES + "; got " + quoted(role));
            }
        }
        int chats = maxOpenChats == null ? DEFAULT_MAX_OPEN_CHATS : maxOpenChats;
        if (chats < 1 || chats > MAX_OPEN_CHATS_LIMIT) {
            throw ApiException.badRequest("invalid_max_open_chats",
                    "maxOpenChats must be 1-" + MAX_OPEN_CHATS_LIMIT + "; got " + chats);
        }
        return new NewAgent(username, displayName.strip(), password, List.copyOf(new LinkedHashSet<>(givenRoles)),
                chats);
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }

    // Never log or echo the password.
    @Override
    public String toString() {
        return "NewAgent[" + username + ", " + roles + "]";
    }
}
