package com.shopmate.cli.deadletters;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record as the services' dead-letter queue (SmallRye's, set up by the service kit) parks it: the original key,
 * value and headers, plus {@code dead-letter-*} headers saying where it came from and why it was parked.
 *
 * @param id      {@code <partition>:<offset>} on the dead-letter topic: what {@code replay --id} takes
 * @param time    when it was dead-lettered
 * @param headers every header, the dead-letter ones included, as they are on the record
 */
record DeadLetter(String id, Instant time, String key, String value, List<Header> headers) {

    static final String HEADER_PREFIX = "dead-letter-";
    static final String TOPIC_HEADER = "dead-letter-topic";
    static final String REASON_HEADER = "dead-letter-reason";
    static final String CAUSE_HEADER = "dead-letter-cause";
    static final String EXCEPTION_HEADER = "dead-letter-exception-class-name";
    static final String CAUSE_CLASS_HEADER = "dead-letter-cause-class-name";

    static DeadLetter of(ConsumerRecord<String, String> record) {
        return new DeadLetter(record.partition() + ":" + record.offset(), Instant.ofEpochMilli(record.timestamp()),
                record.key(), record.value(), List.of(record.headers().toArray()));
    }

    /** The topic it was read from, where a replay puts it back; empty if the record does not say. */
    String originTopic() {
        return header(TOPIC_HEADER);
    }

    String reason() {
        return header(REASON_HEADER);
    }

    /**
     * The exception and its cause, as the queue names them, on one line; the cause's message only where the reason
     * does not already say it.
     */
    String error() {
        String exception = header(EXCEPTION_HEADER);
        String causeClass = header(CAUSE_CLASS_HEADER);
        String cause = header(CAUSE_HEADER).lines().findFirst().orElse("");
        StringBuilder error = new StringBuilder(exception);
        if (!causeClass.isEmpty()) {
            error.append(error.isEmpty() ? "" : ", caused by ").append(causeClass);
        }
        if (!cause.isEmpty() && !reason().contains(cause)) {
            error.append(": ").append(cause);
        }
        return error.toString();
    }

    /** The headers the record had before it was dead-lettered: what a replay sends with it. */
    List<Header> originalHeaders() {
        List<Header> original = new ArrayList<>();
        headers.stream().filter(h -> !h.key().startsWith(HEADER_PREFIX)).forEach(original::add);
        return original;
    }

    /** The dead-letter headers as text, for {@code list --json}. */
    Map<String, String> deadLetterHeaders() {
        Map<String, String> shown = new LinkedHashMap<>();
        headers.stream().filter(h -> h.key().startsWith(HEADER_PREFIX)).forEach(h -> shown.put(h.key(), text(h)));
        return shown;
    }

    /** The value cut to {@code max} characters, on one line: enough to recognise an event. */
    String shortValue(int max) {
        if (value == null) {
            return "(no value)";
        }
        String oneLine = value.replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "… (" + value.length() + " chars)";
    }

    private String header(String name) {
        String last = "";
        for (Header header : headers) {
            if (header.key().equals(name)) {
                last = text(header);
            }
        }
        return last;
    }

    private static String text(Header header) {
        return header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
