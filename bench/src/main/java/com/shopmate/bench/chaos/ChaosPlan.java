package com.shopmate.bench.chaos;

import java.util.List;

/**
 * A chaos run: a steady load of {@code rate} msg/s for {@code durationSeconds} over {@code conversations}
 * conversations, and {@code cancellations} more that each cancel an order; the {@code components} killed one after
 * the other during it, each only once the previous one has been back for {@code settleSeconds} and awaited for at
 * most {@code recoverySeconds}; then up to {@code drainSeconds} for the last replies. A refused message is re-sent
 * for up to {@code giveUpSeconds}.
 */
public record ChaosPlan(int rate, int durationSeconds, int drainSeconds, int conversations, int cancellations,
                        int settleSeconds, int recoverySeconds, int giveUpSeconds, List<String> components) {

    public static final int DEFAULT_RATE = 100;
    public static final int DEFAULT_DURATION_SECONDS = 600;
    public static final int DEFAULT_DRAIN_SECONDS = 120;
    public static final int DEFAULT_CONVERSATIONS = 100;
    public static final int DEFAULT_CANCELLATIONS = 6;
    public static final int DEFAULT_SETTLE_SECONDS = 5;
    public static final int DEFAULT_RECOVERY_SECONDS = 180;
    public static final int DEFAULT_GIVE_UP_SECONDS = 300;

    public ChaosPlan {
        positive("rate", rate);
        positive("duration", durationSeconds);
        positive("drain", drainSeconds);
        positive("conversations", conversations);
        positive("recovery", recoverySeconds);
        positive("give-up", giveUpSeconds);
        if (cancellations < 0 || settleSeconds < 0) {
            throw new IllegalArgumentException("--cancellations and --settle must not be negative");
        }
        for (String component : components) {
            if (!FaultSchedule.COMPONENTS.contains(component)) {
                throw new IllegalArgumentException("--components: unknown component '" + component + "', known: "
                        + String.join(",", FaultSchedule.COMPONENTS));
            }
        }
        components = List.copyOf(components);
    }

    private static void positive(String option, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("--" + option + " must be positive, got " + value);
        }
    }
}
