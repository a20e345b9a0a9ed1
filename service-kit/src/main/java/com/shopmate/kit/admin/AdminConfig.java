package com.shopmate.kit.admin;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** The operator credential of a deployment. */
@ConfigMapping(prefix = "shopmate.admin")
public interface AdminConfig {

    /**
     * The admin token ({@code SHOPMATE_ADMIN_TOKEN}): a request under {@code /admin/} must send it as
     * {@code Authorization: Bearer <token>}. Unset or blank, the admin API is disabled (503): secure by default.
     */
    Optional<String> token();
}
