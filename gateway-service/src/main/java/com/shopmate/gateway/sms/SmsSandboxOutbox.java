package com.shopmate.gateway.sms;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the sandbox provider "sent", per recipient, newest last; bounded so a long local run cannot grow it forever.
 * It can be told to refuse a recipient's next sends, as a provider having a bad minute would.
 */
@ApplicationScoped
public class SmsSandboxOutbox {

    static final int KEPT_PER_NUMBER = 100;

    private final Map<String, Deque<SandboxMessage>> byRecipient = new ConcurrentHashMap<>();
    private final Map<String, Failures> failing = new ConcurrentHashMap<>();

    private record Failures(AtomicInteger left, int status) {
    }

    SandboxMessage record(String to, String from, String body, String statusCallback) {
        var message = new SandboxMessage("SM" + UUID.randomUUID().toString().replace("-", ""), to, from, body,
                "queued", Instant.now(), statusCallback);
        Deque<SandboxMessage> messages = byRecipient.computeIfAbsent(to, k -> new ArrayDeque<>());
        synchronized (messages) {
            messages.addLast(message);
            if (messages.size() > KEPT_PER_NUMBER) {
                messages.removeFirst();
            }
        }
        return message;
    }

    List<SandboxMessage> sentTo(String to) {
        Deque<SandboxMessage> messages = byRecipient.getOrDefault(to, new ArrayDeque<>());
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    /** The next {@code count} sends to {@code to} answer {@code status} and record nothing. */
    void failNext(String to, int count, int status) {
        failing.put(to, new Failures(new AtomicInteger(count), status));
    }

    /** The status this send to {@code to} must fail with, or 0 when it goes through. */
    int failureFor(String to) {
        Failures failures = failing.get(to);
        if (failures == null || failures.left().getAndDecrement() <= 0) {
            failing.remove(to, failures);
            return 0;
        }
        return failures.status();
    }

    public record SandboxMessage(String sid, String to, String from, String body, String status, Instant dateCreated,
                                 String statusCallback) {
    }
}
