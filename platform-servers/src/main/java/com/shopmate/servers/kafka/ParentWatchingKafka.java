package com.shopmate.servers.kafka;

/**
 * {@code kafka.Kafka}, stopped (through its shutdown hook, so cleanly) when the JVM that started it is gone: a test
 * JVM that is killed, or ends without running its own hooks, must not leave a broker holding ports and memory.
 */
public final class ParentWatchingKafka {

    private ParentWatchingKafka() {
    }

    public static void main(String[] args) throws Exception {
        ProcessHandle.current().parent().ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> System.exit(0)),
                () -> System.exit(0));
        kafka.Kafka.main(args);
    }
}
