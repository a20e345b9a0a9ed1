package com.shopmate.gateway.wechat;

import jakarta.enterprise.context.ApplicationScoped;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpConfigStorage;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;

/**
 * The official account as WxJava knows it: its Token and EncodingAESKey (for pushes), AppID and AppSecret (for the
 * API), and WeChat's API host replaced by {@code shopmate.wechat.api-base-url}. The access token is cached in this
 * process until it expires, and refreshed by WxJava on errcode 40001/42001.
 */
@ApplicationScoped
public class WeChatAccount {

    // WxJava retries "system busy" (-1) itself, sleeping and doubling; kept short here, since a failed delivery is
    // retried again with backoff by the service kit, and a Kafka partition waits meanwhile.
    private static final int BUSY_RETRIES = 2;
    private static final int BUSY_FIRST_SLEEP_MILLIS = 200;

    private final WxMpDefaultConfigImpl storage = new WxMpDefaultConfigImpl();
    private final WxMpService service;
    private final boolean canCallApi;

    WeChatAccount(WeChatConfig config) {
        config.token().ifPresent(storage::setToken);
        config.encodingAesKey().filter(key -> !key.isBlank()).ifPresent(storage::setAesKey);
        // WxJava needs an AppID even for pushes (safe mode checks it); a placeholder keeps plain mode going.
        storage.setAppId(config.appId().filter(id -> !id.isBlank()).orElse("unset"));
        config.appSecret().ifPresent(storage::setSecret);
        String base = config.apiBaseUrl().replaceAll("/+$", "");
        storage.setHostConfig(WxMpHostConfig.builder().apiHost(base).build());
        WxMpServiceImpl impl = new WxMpServiceImpl();
        impl.setWxMpConfigStorage(storage);
        impl.setMaxRetryTimes(BUSY_RETRIES);
        impl.setRetrySleepMillis(BUSY_FIRST_SLEEP_MILLIS);
        this.service = impl;
        this.canCallApi = config.appId().filter(id -> !id.isBlank()).isPresent()
                && config.appSecret().filter(secret -> !secret.isBlank()).isPresent();
    }

    WxMpConfigStorage storage() {
        return storage;
    }

    WxMpService service() {
        return service;
    }

    /** Whether AppID and AppSecret are configured, without which no customer-service message can be sent. */
    boolean canCallApi() {
        return canCallApi;
    }
}
