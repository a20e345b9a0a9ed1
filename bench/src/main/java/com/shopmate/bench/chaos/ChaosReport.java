package com.shopmate.bench.chaos;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopmate.bench.ReportJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a chaos run found: each fault and how long its component took to come back, then per message whether it was
 * answered once, lost or answered twice, and per cancellation whether the order changed once. The last line is JSON.
 */
public record ChaosReport(ChaosPlan plan, List<FaultRecord> faults, Map<String, MessageTally> tallies,
                          Map<String, Long> rejectionKinds, double longestDelayMs, String slowestMessage,
                          List<SideEffectCheck> sideEffects, long streamsReopened, long unreadableEvents) {

    /** How many lost or duplicated messageIds the report names. */
    static final int NAMED = 10;

    public List<String> lines() {
        Map<MessageOutcome, Long> outcomes = MessageLedger.countOutcomes(tallies);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Shopmate bench chaos: %d msg/s for %d s over %d conversations, %d"
                        + " cancellations; kill -9 of %s in turn; drain up to %d s", plan.rate(), plan.durationSeconds(),
                plan.conversations(), plan.cancellations(), String.join(", ", plan.components()), plan.drainSeconds()));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%-24s %12s %14s", "fault (kill -9)", "killed at s", "back after s"));
        for (FaultRecord fault : faults) {
            lines.add(String.format(Locale.ROOT, "%-24s %12.1f %14s", fault.component(), fault.killedAtSecond(),
                    fault.back() ? String.format(Locale.ROOT, "%.1f", fault.backAfterSeconds()) : "NOT " + fault.note()));
        }
        lines.add("");
        String row = "%-10s %9s %13s %6s %11s %9s %16s";
        lines.add(String.format(Locale.ROOT, row, "sent", "accepted", "replied once", "lost", "duplicated",
                "rejected", "longest delay s"));
        lines.add(String.format(Locale.ROOT, row, tallies.size(), accepted(), outcomes.get(MessageOutcome.REPLIED_ONCE),
                outcomes.get(MessageOutcome.LOST), outcomes.get(MessageOutcome.DUPLICATED), rejectedAttempts(),
                String.format(Locale.ROOT, "%.1f", longestDelayMs / 1000)));
        lines.add(String.format(Locale.ROOT, "rejected: %d attempts refused %s; %d messages never accepted after"
                        + " re-sending for %d s", rejectedAttempts(), rejectionKinds,
                outcomes.get(MessageOutcome.NOT_ACCEPTED), plan.giveUpSeconds()));
        lines.add(String.format(Locale.ROOT, "replies: %d copies of a reply event on Kafka (one event delivered twice,"
                        + " dropped by its consumers); %d replied messages never pushed on an open stream (streams"
                        + " reopened %d times); longest delay: %s", replyCopies(), notPushed(), streamsReopened,
                slowestMessage == null ? "-" : slowestMessage));
        name(lines, "lost", MessageLedger.withOutcome(tallies, MessageOutcome.LOST));
        name(lines, "duplicated", MessageLedger.withOutcome(tallies, MessageOutcome.DUPLICATED));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "side effects (order cancellations): expected %d, happened once %d,"
                        + " twice %d, not at all %d; asked twice %d", sideEffects.size(), happened(1), happened(2),
                happened(0), sideEffects.stream().filter(SideEffectCheck::askedTwice).count()));
        for (SideEffectCheck check : sideEffects) {
            lines.add(String.format(Locale.ROOT, "  %s: conversation %s, %d asked, %d applied, status after %s",
                    check.orderId(), check.reached() ? "answered" : "NOT answered", check.actions().asked(),
                    check.actions().applied(), check.statusAfter()));
        }
        lines.add(json());
        return lines;
    }

    String json() {
        Map<MessageOutcome, Long> outcomes = MessageLedger.countOutcomes(tallies);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("bench", "chaos");
        root.put("rate", plan.rate());
        root.put("duration_s", plan.durationSeconds());
        root.put("conversations", plan.conversations());
        ArrayNode faultRows = root.putArray("faults");
        for (FaultRecord fault : faults) {
            ObjectNode row = faultRows.addObject().put("component", fault.component());
            ReportJson.putRounded(row, "killed_at_s", fault.killedAtSecond(), 1);
            ReportJson.putRounded(row, "back_after_s", fault.backAfterSeconds(), 1);
        }
        root.put("sent", tallies.size());
        root.put("accepted", accepted());
        root.put("replied_once", outcomes.get(MessageOutcome.REPLIED_ONCE));
        root.put("lost", outcomes.get(MessageOutcome.LOST));
        root.put("duplicated", outcomes.get(MessageOutcome.DUPLICATED));
        root.put("not_accepted", outcomes.get(MessageOutcome.NOT_ACCEPTED));
        root.put("rejected_attempts", rejectedAttempts());
        ObjectNode kinds = root.putObject("rejections");
        rejectionKinds.forEach(kinds::put);
        ReportJson.putRounded(root, "longest_delay_ms", longestDelayMs, 0);
        root.put("reply_copies", replyCopies());
        root.put("not_pushed", notPushed());
        root.put("streams_reopened", streamsReopened);
        ObjectNode effects = root.putObject("side_effects");
        effects.put("expected", sideEffects.size());
        effects.put("once", happened(1));
        effects.put("twice", happened(2));
        effects.put("none", happened(0));
        effects.put("asked_twice", sideEffects.stream().filter(SideEffectCheck::askedTwice).count());
        MessageLedger.withOutcome(tallies, MessageOutcome.LOST).stream().limit(NAMED)
                .forEach(root.putArray("lost_ids")::add);
        MessageLedger.withOutcome(tallies, MessageOutcome.DUPLICATED).stream().limit(NAMED)
                .forEach(root.putArray("duplicated_ids")::add);
        root.put("unreadable_events", unreadableEvents);
        root.put("machine", ReportJson.machine());
        return root.toString();
    }

    private long accepted() {
        return tallies.values().stream().filter(MessageTally::accepted).count();
    }

    private long rejectedAttempts() {
        return rejectionKinds.values().stream().mapToLong(Long::longValue).sum();
    }

    private long replyCopies() {
        return tallies.values().stream().mapToLong(t -> t.replyRecords() - t.replyTurns()).sum();
    }

    private long notPushed() {
        return tallies.values().stream().filter(t -> t.replyTurns() > 0 && t.streamPushes() == 0).count();
    }

    private long happened(int times) {
        return sideEffects.stream().filter(s -> s.times() == times).count();
    }

    private static void name(List<String> lines, String what, Set<String> ids) {
        if (!ids.isEmpty()) {
            lines.add(what + ": " + String.join(", ", ids.stream().limit(NAMED).toList())
                    + (ids.size() > NAMED ? ", …" : ""));
        }
    }
}
