/**
 * Consuming events from Kafka: decoding, dead-lettering with a reason, retrying with backoff, the log context and the
 * per-event-type metrics every consumer shares. A service's {@code @Incoming} method hands its record to an
 * {@link com.shopmate.kit.consuming.EventConsumer} with its domain logic; see docs/adr/0008-service-kit.md.
 */
package com.shopmate.kit.consuming;
