package com.shopmate.gateway.sms;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What the sandbox provider "sent", per recipient, newest last; bounded so a long local run cannot grow it forever. */
@ApplicationScoped
public class SmsSandboxOutbox {

    static final int KEPT_PER_NUMBER = 100;

    private final Map<String, Deque<SandboxMessage>> byRecipient = new ConcurrentHashMap<>();

    SandboxMessage record(String to, String from, String body) {
        var message = new SandboxMessage("SM" + java.util.UUID.randomUUID().toString().replace("-", ""), to, from,
                body, "sent", Instant.now());
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

    public record SandboxMessage(String sid, String to, String from, String body, String status, Instant dateCreated) {
    }
}
