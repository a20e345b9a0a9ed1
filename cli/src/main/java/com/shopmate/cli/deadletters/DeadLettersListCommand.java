package com.shopmate.cli.deadletters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.cli.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code ./shopmate dead-letters list}: the newest dead letters, where they came from and why. */
@Command(name = "list", sortOptions = false,
        description = "the newest dead-lettered records: id (partition:offset), time, topic of origin, key, reason,"
                + " error, the start of the value")
public final class DeadLettersListCommand implements Callable<Integer> {

    static final int VALUE_SHOWN = 160;

    @Spec
    CommandSpec spec;

    @Mixin
    DeadLetterSource source;

    @Option(names = "--limit", paramLabel = "N", description = "show the newest N (default: ${DEFAULT-VALUE})")
    int limit = 20;

    @Option(names = "--json", description = "one JSON object per record and line, with the whole value and every"
            + " dead-letter header")
    boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    private final Workspace workspace;

    public DeadLettersListCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<DeadLetter> all = source.read(workspace);
        List<DeadLetter> shown = all.subList(Math.max(0, all.size() - Math.max(0, limit)), all.size());
        if (json) {
            shown.forEach(letter -> out.println(json(letter)));
            return 0;
        }
        if (all.isEmpty()) {
            out.println("no dead letters on " + source.topic + (source.since == null ? "" : " since " + source.since));
            return 0;
        }
        out.println(all.size() + " dead letter" + (all.size() == 1 ? "" : "s") + " on " + source.topic
                + (shown.size() < all.size() ? ", the newest " + shown.size() : "") + " (replay: ./shopmate"
                + " dead-letters replay --id ID):");
        for (DeadLetter letter : shown) {
            out.println(letter.id() + "  " + letter.time() + "  from " + orNone(letter.originTopic()) + "  key "
                    + orNone(letter.key()));
            out.println("    reason: " + orNone(letter.reason()));
            if (!letter.error().isEmpty()) {
                out.println("    error:  " + letter.error());
            }
            out.println("    value:  " + letter.shortValue(VALUE_SHOWN));
        }
        return 0;
    }

    private static String orNone(String text) {
        return text == null || text.isEmpty() ? "(none)" : text;
    }

    static String json(DeadLetter letter) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", letter.id());
        record.put("time", letter.time().toString());
        record.put("topic", letter.originTopic());
        record.put("key", letter.key());
        record.put("reason", letter.reason());
        record.put("headers", letter.deadLetterHeaders());
        record.put("value", letter.value());
        try {
            return new ObjectMapper().writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
