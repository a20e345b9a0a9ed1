package com.shopmate.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.scenarios.Scenario.Channel;
import com.shopmate.scenarios.Scenario.Expectation;
import com.shopmate.scenarios.Scenario.Identity;
import com.shopmate.scenarios.Scenario.Turn;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A suite file: JSON Lines, one {@link Scenario} a line (the format of the demo shop's
 * {@code scenario-examples.jsonl}); blank lines are skipped. A line that is not a scenario stops the whole run
 * with its line number: a suite that silently lost a scenario would report a pass rate of the wrong thing.
 */
public final class ScenarioFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LANGUAGES = Set.of("zh", "en");

    private ScenarioFile() {
    }

    public static List<Scenario> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, UTF_8);
        } catch (MalformedInputException e) {
            throw new ScenarioException(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException("cannot read the scenario file " + file + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        }
        return parse(file.toString(), lines);
    }

    /** The scenarios of {@code lines}; {@code source} names them in errors. */
    static List<Scenario> parse(String source, List<String> lines) {
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = source + " line " + (i + 1);
            Scenario scenario = scenario(where, lines.get(i));
            if (!ids.add(scenario.id())) {
                throw new ScenarioException(where + ": id '" + scenario.id() + "' is used twice");
            }
            scenarios.add(scenario);
        }
        if (scenarios.isEmpty()) {
            throw new ScenarioException(source + " holds no scenario");
        }
        return scenarios;
    }

    private static Scenario scenario(String where, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(where + ": not JSON (" + e.getOriginalMessage() + ")");
        }
        if (!node.isObject()) {
            throw new ScenarioException(where + ": not a JSON object");
        }
        String id = text(where, node, "id");
        String language = text(where, node, "language");
        if (!LANGUAGES.contains(language)) {
            throw new ScenarioException(where + ": language must be zh or en, got '" + language + "'");
        }
        Channel channel = channel(where, text(where, node, "channel"));
        Identity identity = identity(where, node.get("identity"), channel);
        JsonNode flow = node.get("flow");
        if (flow != null && !flow.isNull() && !flow.isTextual()) {
            throw new ScenarioException(where + ": flow must be a string");
        }
        String flowName = flow == null || flow.isNull() || flow.asText().isBlank() ? Scenario.NO_FLOW : flow.asText();
        JsonNode turns = node.get("turns");
        if (turns == null || !turns.isArray() || turns.isEmpty()) {
            throw new ScenarioException(where + ": turns must be a non-empty list");
        }
        List<Turn> parsed = new ArrayList<>();
        for (int t = 0; t < turns.size(); t++) {
            parsed.add(turn(where + ", turn " + (t + 1), turns.get(t)));
        }
        return new Scenario(id, language, channel, identity, flowName, parsed);
    }

    private static Channel channel(String where, String name) {
        try {
            return Channel.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(where + ": channel must be app, web or sms, got '" + name + "'");
        }
    }

    // The identity decides the way in: a phone number can only text, and an SMS comes from nobody else.
    private static Identity identity(String where, JsonNode node, Channel channel) {
        if (node == null || !node.isObject()) {
            throw new ScenarioException(where + ": identity must be an object ({} for an anonymous visitor)");
        }
        String customerId = optionalText(where, node, "customerId");
        String phone = optionalText(where, node, "phone");
        if (customerId != null && phone != null) {
            throw new ScenarioException(where + ": identity has a customerId or a phone, not both");
        }
        if ((channel == Channel.SMS) != (phone != null)) {
            throw new ScenarioException(where + ": an sms scenario needs identity.phone, and only sms has one");
        }
        return new Identity(customerId, phone);
    }

    private static Turn turn(String where, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new ScenarioException(where + ": not a JSON object");
        }
        String user = text(where, node, "user");
        JsonNode expect = node.get("expect");
        if (expect == null || !expect.isObject()) {
            throw new ScenarioException(where + ": expect must be an object");
        }
        JsonNode handoff = expect.get("handoff");
        if (handoff != null && !handoff.isNull() && !handoff.isBoolean()) {
            throw new ScenarioException(where + ": expect.handoff must be true or false");
        }
        Boolean mustHandOff = handoff == null || handoff.isNull() ? null : handoff.booleanValue();
        return new Turn(user, new Expectation(strings(where, expect, "all_of"), strings(where, expect, "any_of"),
                strings(where, expect, "none_of"), mustHandOff));
    }

    private static List<String> strings(String where, JsonNode expect, String field) {
        JsonNode list = expect.get(field);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new ScenarioException(where + ": expect." + field + " must be a list of strings");
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new ScenarioException(where + ": expect." + field + " must hold non-empty strings only");
            }
            strings.add(item.asText());
        }
        return strings;
    }

    private static String text(String where, JsonNode node, String field) {
        String value = optionalText(where, node, field);
        if (value == null) {
            throw new ScenarioException(where + ": " + field + " is missing");
        }
        return value;
    }

    private static String optionalText(String where, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ScenarioException(where + ": " + field + " must be a non-empty string");
        }
        return value.asText();
    }
}
