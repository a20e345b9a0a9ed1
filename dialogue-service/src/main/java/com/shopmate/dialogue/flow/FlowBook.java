package com.shopmate.dialogue.flow;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The flows of {@code flows.yml}, by name and by the intents that start them; checked when read. */
public final class FlowBook {

    private static final Set<String> STEP_KINDS = Set.of("order", "item", "product", "choice", "text", "check",
            "confirm", "action", "answer", "handoff");

    record File(@JsonProperty("flows") List<FlowDefinition> flows) {
    }

    private final Map<String, FlowDefinition> byName = new LinkedHashMap<>();
    private final Map<String, FlowDefinition> byIntent = new LinkedHashMap<>();

    private FlowBook(List<FlowDefinition> flows) {
        for (FlowDefinition flow : flows) {
            byName.put(flow.name(), flow);
            flow.intents().forEach(intent -> byIntent.putIfAbsent(intent, flow));
        }
    }

    public static FlowBook read(InputStream yaml, Set<String> checks, Set<String> answers) {
        try {
            File file = new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(yaml, File.class);
            for (FlowDefinition flow : file.flows()) {
                for (FlowDefinition.StepDefinition step : flow.steps()) {
                    if (!STEP_KINDS.contains(step.step())) {
                        throw new IllegalStateException("flow " + flow.name() + ": unknown step '" + step.step()
                                + "' (one of " + STEP_KINDS + ")");
                    }
                    if (step.step().equals("check") && !checks.contains(step.name())
                            || step.step().equals("answer") && !answers.contains(step.name())) {
                        throw new IllegalStateException("flow " + flow.name() + ": no " + step.step() + " named '"
                                + step.name() + "'");
                    }
                }
            }
            return new FlowBook(file.flows());
        } catch (IOException e) {
            throw new UncheckedIOException("flows unreadable", e);
        }
    }

    public int size() {
        return byName.size();
    }

    public Optional<FlowDefinition> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Optional<FlowDefinition> forIntent(String intent) {
        return Optional.ofNullable(byIntent.get(intent));
    }
}
