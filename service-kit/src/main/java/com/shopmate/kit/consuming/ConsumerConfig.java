package com.shopmate.kit.consuming;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How every Kafka consumer of a service retries a failed handling before it dead-letters the record. */
@ConfigMapping(prefix = "shopmate.consumer")
public interface ConsumerConfig {

    /** Attempts after the first; 0 dead-letters on the first failure. */
    @WithDefault("5")
    int retries();

    /** The wait before the first retry; each further wait doubles, up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration firstBackoff();

    @WithDefault("4s")
    Duration maxBackoff();
}
