package com.shopmate.cli.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopmate.cli.Workspace;
import com.shopmate.local.SmsProviderToken;
import com.shopmate.local.StackEnvFile;
import com.shopmate.local.StackException;
import com.shopmate.scenarios.SandboxSmsShopper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * {@code ./shopmate sms --from +8613800138000 你好}: texts the running local stack as that phone, through the SMS
 * webhook signed with the stack's provider auth token, waits for the whole turn of replies to reach the sandbox
 * provider, and prints them as the last line: {@code {"replies":[{"text":...}],"handoff":false}}, each reply whole
 * however it was segmented.
 */
@Command(name = "sms", sortOptions = false,
        description = "text the running stack as a phone (a signed SMS webhook) and print the replies the sandbox"
                + " provider got, put together again, as one JSON line",
        footer = {"Example: ./shopmate sms --from +8613800138000 我的订单到哪了",
                "STOP, START and HELP (退订, 订阅, 帮助) are answered by the gateway, not the bot.",
                "Exit 1 when the turn's replies are not complete within --wait (an agent may own the conversation)."})
public final class SmsCommand implements Callable<Integer> {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String DEFAULT_GATEWAY = "http://localhost:8080";

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "PHONE",
            description = "the shopper's number, E.164 (+8613800138000)")
    String from;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
            description = "how long to wait for the whole turn of replies, default ${DEFAULT-VALUE}")
    int waitSeconds;

    @Option(names = "--gateway", paramLabel = "URL",
            description = "default: GATEWAY_URL of the stack.env, else " + DEFAULT_GATEWAY)
    String gateway;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "what the shopper texts")
    List<String> words;

    private final Workspace workspace;

    public SmsCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!E164.matcher(from).matches()) {
            throw new ParameterException(spec.commandLine(), "--from must be an E.164 number like +8613800138000,"
                    + " got '" + from + "'");
        }
        if (waitSeconds < 1 || waitSeconds > 600) {
            throw new ParameterException(spec.commandLine(), "--wait takes whole seconds from 1 to 600");
        }
        String url = gatewayUrl();
        String token = SmsProviderToken.read(workspace.dataDir()).orElseThrow(() -> new StackException(
                "no SMS provider auth token in " + workspace.shown(workspace.dataDir()) + " to sign the webhook with:"
                        + " start the stack (./shopmate up)"));
        SandboxSmsShopper.Turn turn;
        try {
            turn = new SandboxSmsShopper(url, from, token).send(String.join(" ", words),
                    Duration.ofSeconds(waitSeconds));
        } catch (ConnectException e) {
            throw new StackException("no Shopmate gateway reachable at " + url + ": start the stack (./shopmate up)"
                    + " or give --gateway URL");
        } catch (IOException e) {
            throw new StackException("cannot talk to the gateway at " + url + ": " + e.getMessage());
        }
        if (turn.problem() != null) {
            spec.commandLine().getErr().println("shopmate: " + turn.problem());
        } else if (!turn.complete()) {
            spec.commandLine().getErr().println("shopmate: the replies were not complete within " + waitSeconds
                    + " s (they may still come; while an agent owns the conversation nothing is sent until they"
                    + " write)");
        }
        spec.commandLine().getOut().println(json(turn));
        return turn.problem() == null && turn.complete() ? 0 : 1;
    }

    static String json(SandboxSmsShopper.Turn turn) {
        ObjectNode answer = JSON.createObjectNode();
        var replies = answer.putArray("replies");
        turn.replies().forEach(text -> replies.addObject().put("text", text));
        answer.put("handoff", turn.handoff());
        return answer.toString();
    }

    private String gatewayUrl() {
        return gateway != null ? gateway
                : StackEnvFile.read(workspace.stackEnv()).getOrDefault("GATEWAY_URL", DEFAULT_GATEWAY);
    }
}
