package com.shopmate.cli.deadletters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.cli.Workspace;
import com.shopmate.local.StackException;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code ./shopmate dead-letters replay}: puts chosen dead letters back on their topics, once the reason they were
 * parked is fixed. The dead letters stay on the dead-letter topic: it is a log, not a queue.
 */
@Command(name = "replay", sortOptions = false,
        description = {"re-publish dead letters to the topic they came from, with their original key and headers;",
                "consumers are idempotent, so replaying one twice changes nothing twice. Prints one JSON line:",
                "{\"replayed\": N, \"byTopic\": {...}, \"ids\": [...], \"skipped\": [...], \"dryRun\": false}"})
public final class DeadLettersReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Selection selection;

    static final class Selection {
        @Option(names = "--id", paramLabel = "PARTITION:OFFSET", split = ",", required = true,
                description = "the dead letters to replay, as list shows them (repeat, or comma-separate)")
        List<String> ids;

        @Option(names = "--all", required = true, description = "every dead letter (since --since)")
        boolean all;
    }

    @Option(names = "--dry-run", description = "say what would be replayed, send nothing")
    boolean dryRun;

    @Mixin
    DeadLetterSource source;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    private final Workspace workspace;

    public DeadLettersReplayCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() {
        List<DeadLetter> chosen = chosen(source.read(workspace));
        List<DeadLetter> replayable = chosen.stream().filter(letter -> !letter.originTopic().isEmpty()).toList();
        List<String> skipped = chosen.stream().filter(letter -> letter.originTopic().isEmpty())
                .map(DeadLetter::id).toList();
        if (selection.ids != null && !skipped.isEmpty()) {
            throw new StackException("dead letter " + String.join(", ", skipped) + " does not say which topic it came"
                    + " from (no " + DeadLetter.TOPIC_HEADER + " header): nothing replayed");
        }
        Map<String, Integer> byTopic;
        if (dryRun) {
            byTopic = new java.util.TreeMap<>();
            replayable.forEach(letter -> byTopic.merge(letter.originTopic(), 1, Integer::sum));
        } else {
            try {
                byTopic = new DeadLetterReplay(source.bootstrapServers(workspace)).replay(replayable);
            } catch (KafkaException | IllegalStateException e) {
                throw new StackException(e.getMessage());
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("replayed", dryRun ? 0 : replayable.size());
        summary.put("byTopic", byTopic);
        summary.put("ids", replayable.stream().map(DeadLetter::id).toList());
        summary.put("skipped", skipped);
        summary.put("dryRun", dryRun);
        spec.commandLine().getOut().println(json(summary));
        return 0;
    }

    /** The letters asked for, in the order they were dead-lettered; an id that is not there replays nothing. */
    private List<DeadLetter> chosen(List<DeadLetter> letters) {
        if (selection.all) {
            return letters;
        }
        Set<String> wanted = new LinkedHashSet<>(selection.ids.stream().map(String::trim).toList());
        List<DeadLetter> found = letters.stream().filter(letter -> wanted.contains(letter.id())).toList();
        found.forEach(letter -> wanted.remove(letter.id()));
        if (!wanted.isEmpty()) {
            throw new StackException("no dead letter " + String.join(", ", wanted) + " on " + source.topic
                    + (source.since == null ? "" : " since " + source.since)
                    + " (./shopmate dead-letters list shows the ids): nothing replayed");
        }
        return found;
    }

    private static String json(Map<String, Object> summary) {
        try {
            return new ObjectMapper().writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
