package com.shopmate.cli.scenarios;

import com.shopmate.cli.Workspace;
import com.shopmate.cli.stack.AdminApi;
import com.shopmate.local.DemoCustomerTokens;
import com.shopmate.local.SmsProviderToken;
import com.shopmate.local.StackEnvFile;
import com.shopmate.local.StackException;
import com.shopmate.scenarios.ResetMode;
import com.shopmate.scenarios.Scenario;
import com.shopmate.scenarios.ScenarioException;
import com.shopmate.scenarios.ScenarioFile;
import com.shopmate.scenarios.ScenarioRunner;
import com.shopmate.scenarios.SuiteReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ./shopmate scenarios FILE}: a suite of scripted shopper conversations against the running local stack (the
 * {@code scenarios} module), as customers of the demo shop logged in with tokens the stack's demo login signs.
 */
@Command(name = "scenarios", sortOptions = false,
        description = {"run conversation tests (JSON Lines, one scenario a line: scenarios/RUNNER.md) against the"
                + " running stack: prints each failed turn, then one JSON line of pass rates by language, channel"
                + " and flow; exits 0 whatever the pass rate"},
        footer = {"Example: ./shopmate scenarios scenarios/examples.jsonl --only refund"})
public final class ScenariosCommand implements Callable<Integer> {

    static final String DEFAULT_GATEWAY = "http://localhost:8080";
    private static final String DIALOGUE_SERVICE = "dialogue-service";
    private static final String SHOP_SERVICE = "order-connector";
    private static final Duration TOKEN_VALIDITY = Duration.ofHours(1);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the suite, e.g. scenarios/demo-shop.jsonl")
    Path file;

    @Option(names = "--only", paramLabel = "TEXT", description = "only the scenarios whose id contains TEXT")
    String only;

    @Option(names = "--reset", paramLabel = "each|once|none", defaultValue = "each", converter = ResetModes.class,
            description = {"reload the demo shop (POST /admin/shop/reset on order-connector) before each scenario,",
                    "once before the first, or never; default ${DEFAULT-VALUE}"})
    ResetMode reset;

    @Option(names = "--gateway", paramLabel = "URL",
            description = "default: GATEWAY_URL of the stack.env, else " + DEFAULT_GATEWAY)
    String gateway;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "15",
            description = "how long a turn waits for the bot's answer before it fails, default ${DEFAULT-VALUE}")
    int timeoutSeconds;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    private final Workspace workspace;

    public ScenariosCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() {
        if (timeoutSeconds < 1) {
            throw new StackException("--timeout must be at least 1 second, got " + timeoutSeconds);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<Scenario> scenarios = selected(ScenarioFile.read(file));
            String gatewayUrl = gatewayUrl();
            ScenarioRunner runner = new ScenarioRunner(gatewayUrl, this::customerToken, shopReset(), reset,
                    Duration.ofSeconds(timeoutSeconds), forgetConversation(),
                    SmsProviderToken.ensure(workspace.dataDir()));
            err.println("Running " + scenarios.size() + (scenarios.size() == 1 ? " scenario" : " scenarios")
                    + " of " + workspace.shown(file) + " against " + gatewayUrl + " (shop reset: "
                    + reset.name().toLowerCase(Locale.ROOT) + ")");
            SuiteReport report = runner.run(scenarios, out::println, err::println);
            out.println(report.toJson());
            return 0;
        } catch (ScenarioException e) {
            throw new StackException(e.getMessage(), e);
        }
    }

    private List<Scenario> selected(List<Scenario> scenarios) {
        if (only == null) {
            return scenarios;
        }
        List<Scenario> selected = scenarios.stream().filter(s -> s.id().contains(only)).toList();
        if (selected.isEmpty()) {
            throw new StackException("no scenario of " + workspace.shown(file) + " has an id containing '" + only
                    + "'");
        }
        return selected;
    }

    private String gatewayUrl() {
        return gateway != null ? gateway
                : StackEnvFile.read(workspace.stackEnv()).getOrDefault("GATEWAY_URL", DEFAULT_GATEWAY);
    }

    private String customerToken(String customerId) {
        return DemoCustomerTokens.mint(workspace.dataDir(), customerId, TOKEN_VALIDITY);
    }

    /** The local stack's order-connector, found up front: a suite that cannot reset would test against stale data. */
    /** The bot forgets an SMS number's earlier conversation, when a local stack's dialogue-service runs. */
    private java.util.function.Consumer<String> forgetConversation() {
        AdminApi admin = new AdminApi(workspace);
        return admin.runningService(DIALOGUE_SERVICE).<java.util.function.Consumer<String>>map(url ->
                conversationId -> admin.post(url, "/admin/dialogue/conversations/"
                        + java.net.URLEncoder.encode(conversationId, java.nio.charset.StandardCharsets.UTF_8)
                        + "/forget", "{}"))
                .orElse(conversationId -> { });
    }

    private Runnable shopReset() {
        if (reset == ResetMode.NONE) {
            return () -> { };
        }
        AdminApi admin = new AdminApi(workspace);
        String url = admin.runningService(SHOP_SERVICE).orElseThrow(() -> new StackException("no running local stack"
                + " with " + SHOP_SERVICE + " to reset the shop on: start it with ./shopmate up, or run with"
                + " --reset none"));
        return () -> admin.post(url, "/admin/shop/reset", "{}");
    }

    /** each, once or none, in any case. */
    static final class ResetModes implements ITypeConverter<ResetMode> {
        @Override
        public ResetMode convert(String text) {
            try {
                return ResetMode.valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("takes each, once or none, got '" + text + "'");
            }
        }
    }
}
