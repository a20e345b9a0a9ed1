package com.shopmate.scenarios;

import com.shopmate.scenarios.Scenario.Turn;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Plays scenarios against a running stack through the gateway's public API, as shoppers would: each scenario in a
 * conversation of its own, turn after turn, each turn's answer held against its expectation. What is specific to a
 * deployment comes in from the caller: how a customer logs in (their token) and how the shop's data is reloaded.
 */
public final class ScenarioRunner {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Gateway gateway;
    private final Function<String, String> customerTokens;
    private final Runnable shopReset;
    private final ResetMode reset;
    private final Duration turnTimeout;
    private final Consumer<String> forgetConversation;
    private final String smsAuthToken;

    /**
     * @param customerTokens a token the gateway accepts for a customer id, sent as {@code Authorization: Bearer}
     * @param shopReset      reloads the shop's data (order-connector's {@code POST /admin/shop/reset})
     * @param turnTimeout    how long a turn waits for its answer before it counts as failed
     */
    public ScenarioRunner(String gatewayUrl, Function<String, String> customerTokens, Runnable shopReset,
                          ResetMode reset, Duration turnTimeout) {
        this(gatewayUrl, customerTokens, shopReset, reset, turnTimeout, conversationId -> { });
    }

    /**
     * @param forgetConversation makes the bot forget a conversation (dialogue-service's {@code POST
     *                           /admin/dialogue/conversations/{id}/forget}): an SMS scenario's number is a
     *                           conversation other scenarios may have used
     */
    public ScenarioRunner(String gatewayUrl, Function<String, String> customerTokens, Runnable shopReset,
                          ResetMode reset, Duration turnTimeout, Consumer<String> forgetConversation) {
        this(gatewayUrl, customerTokens, shopReset, reset, turnTimeout, forgetConversation, null);
    }

    /**
     * @param smsAuthToken the gateway's SMS provider auth token: SMS scenarios sign their webhooks with it, as the
     *                     provider would; null, an SMS scenario's turns fail saying so
     */
    public ScenarioRunner(String gatewayUrl, Function<String, String> customerTokens, Runnable shopReset,
                          ResetMode reset, Duration turnTimeout, Consumer<String> forgetConversation,
                          String smsAuthToken) {
        this.forgetConversation = forgetConversation;
        this.smsAuthToken = smsAuthToken;
        this.gateway = new Gateway(gatewayUrl);
        this.customerTokens = customerTokens;
        this.shopReset = shopReset;
        this.reset = reset;
        this.turnTimeout = turnTimeout;
    }

    /**
     * Plays every scenario and returns the tally; the lines of each failed turn go to {@code failures}, a line per
     * scenario to {@code progress}.
     *
     * @throws ScenarioException when the gateway cannot be reached at all
     */
    public SuiteReport run(List<Scenario> scenarios, Consumer<String> failures, Consumer<String> progress) {
        gateway.requireReachable();
        SuiteReport report = new SuiteReport();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            long started = System.nanoTime();
            if (reset == ResetMode.EACH || (reset == ResetMode.ONCE && i == 0)) {
                shopReset.run();
            }
            List<TurnResult> turns = play(scenario);
            turns.stream().filter(turn -> !turn.passed()).forEach(turn -> turn.describe().forEach(failures));
            report.add(scenario, turns);
            long passed = turns.stream().filter(TurnResult::passed).count();
            progress.accept(String.format(Locale.ROOT, "[%d/%d] %s %s (%d/%d turns, %.1f s)", i + 1,
                    scenarios.size(), passed == turns.size() ? "pass" : "FAIL", scenario.id(), passed, turns.size(),
                    (System.nanoTime() - started) / 1e9));
        }
        return report;
    }

    private List<TurnResult> play(Scenario scenario) {
        ChatSession chat = open(scenario);
        List<TurnResult> results = new ArrayList<>();
        for (Turn turn : scenario.turns()) {
            BotAnswer answer = chat.send(turn.user());
            results.add(new TurnResult(scenario, results.size() + 1, turn, answer,
                    ExpectationCheck.problems(turn.expect(), answer)));
        }
        return results;
    }

    private ChatSession open(Scenario scenario) {
        if (scenario.channel() == Scenario.Channel.SMS) {
            // The gateway keys an SMS conversation by the sender's number: no fresh id, so the bot forgets what it
            // remembers of that number's earlier scenarios.
            forgetConversation.accept("sms:" + SmsChatSession.e164(scenario.identity().phone()));
            if (smsAuthToken == null) {
                return text -> BotAnswer.none("no SMS provider auth token to sign the webhook with");
            }
            return new SmsChatSession(gateway, scenario.identity().phone(), smsAuthToken, turnTimeout);
        }
        String customerId = scenario.identity().customerId();
        String token = customerId == null ? null : customerTokens.apply(customerId);
        return new RestChatSession(gateway, conversationId(scenario), scenario.channel(), token, turnTimeout);
    }

    /** A conversation nobody has used: the scenario's id, to find it in the services' logs, and a random part. */
    static String conversationId(Scenario scenario) {
        String readable = scenario.id().replaceAll("[^A-Za-z0-9._-]+", "-");
        if (readable.length() > 80) {
            readable = readable.substring(0, 80);
        }
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return "scn-" + readable + "-" + HexFormat.of().formatHex(random);
    }
}
