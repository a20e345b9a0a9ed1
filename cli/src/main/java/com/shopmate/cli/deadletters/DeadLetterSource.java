package com.shopmate.cli.deadletters;

import com.shopmate.cli.Workspace;
import com.shopmate.events.Topics;
import com.shopmate.local.StackEnvFile;
import com.shopmate.local.StackException;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The options both {@code dead-letters} commands share: which broker, which topic, from when. */
final class DeadLetterSource {

    private static final Pattern AGO = Pattern.compile("(\\d+)([smhd])");

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "the Kafka to read (default: the local stack's, from its stack.env)")
    String bootstrapServers;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "the dead-letter topic (default: ${DEFAULT-VALUE})")
    String topic = Topics.DEAD_LETTERS;

    @Option(names = "--since", paramLabel = "WHEN",
            description = "only records dead-lettered since WHEN: an instant (2026-12-06T08:00:00Z) or an age"
                    + " (90s, 30m, 2h, 1d)")
    String since;

    String bootstrapServers(Workspace workspace) {
        if (bootstrapServers != null && !bootstrapServers.isBlank()) {
            return bootstrapServers;
        }
        String fromStack = StackEnvFile.read(workspace.stackEnv()).get("KAFKA_BOOTSTRAP_SERVERS");
        if (fromStack == null) {
            throw new StackException("no stack runs on " + workspace.shown(workspace.dataDir())
                    + " (no stack.env): start it with ./shopmate up, or give --bootstrap-servers");
        }
        return fromStack;
    }

    /** Every dead letter of the topic (since {@code --since}), oldest first. */
    List<DeadLetter> read(Workspace workspace) {
        String servers = bootstrapServers(workspace);
        try {
            return new DeadLetterTopic(servers, topic).read(since(Clock.systemUTC()));
        } catch (KafkaException e) {
            throw new StackException("could not read " + topic + " from Kafka at " + servers + ": " + e.getMessage());
        }
    }

    Optional<Instant> since(Clock clock) {
        return Optional.ofNullable(since).map(value -> parseSince(value.trim(), clock));
    }

    static Instant parseSince(String value, Clock clock) {
        Matcher ago = AGO.matcher(value.toLowerCase(Locale.ROOT));
        if (ago.matches()) {
            long amount = Long.parseLong(ago.group(1));
            Duration age = switch (ago.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            return clock.instant().minus(age);
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new StackException("--since takes an instant (2026-12-06T08:00:00Z) or an age (90s, 30m, 2h, 1d);"
                    + " got '" + value + "'");
        }
    }
}
