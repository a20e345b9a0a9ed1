package com.shopmate.gateway.wechat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The shop's WeChat official account (公众号) as its server settings name it, and how the gateway answers it. */
@ConfigMapping(prefix = "shopmate.wechat")
public interface WeChatConfig {

    /** The Token of the account's server settings: every push is signed with it. Unset, the channel is off (404). */
    Optional<String> token();

    /** EncodingAESKey, for safe mode (安全模式); unset, only plain-text pushes are accepted. */
    Optional<String> encodingAesKey();

    /** AppID and AppSecret: the customer-service message API needs them; unset, only passive replies go out. */
    Optional<String> appId();

    Optional<String> appSecret();

    /** WeChat's API, or a stand-in for it (tests, the local stack). */
    @WithDefault("https://api.weixin.qq.com")
    String apiBaseUrl();

    /**
     * How long a push waits for the bot's reply to answer it passively: WeChat gives up on an answer after 5 s (and
     * pushes again), so stay below that with room for the network.
     */
    @WithDefault("4500ms")
    Duration passiveReplyWithin();

    /** A push whose timestamp is further than this from now is refused: an old push replayed is not let in. */
    @WithDefault("5M")
    Duration replayWindow();

    /** How long an openid stays bound to the shop's customer, and its last reply language remembered. */
    @WithDefault("90D")
    Duration bindingTtl();

    /** What a new follower reads. */
    Wording greeting();

    /** The answer to an image, voice, location or other message that is not text. */
    Wording textOnly();

    Sandbox sandbox();

    interface Wording {
        String zh();

        String en();

        default String in(String language) {
            return "en".equals(language) ? en() : zh();
        }
    }

    interface Sandbox {
        /** A stand-in for WeChat's token and customer-service API inside the gateway, for local runs. */
        @WithDefault("false")
        boolean enabled();
    }
}
