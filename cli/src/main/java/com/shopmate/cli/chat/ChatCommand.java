package com.shopmate.cli.chat;

import com.shopmate.cli.Workspace;
import com.shopmate.local.DemoCustomerTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import static java.nio.charset.StandardCharsets.UTF_8;

/** {@code ./shopmate chat}: a shopper's chat with the running gateway, in the terminal. */
@Command(name = "chat", sortOptions = false,
        description = "chat with the running gateway in the terminal (中文 or English); /new, /quit",
        footer = "In the chat: /new starts a new conversation, /quit (or Ctrl-D) leaves.")
public final class ChatCommand implements Callable<Integer> {

    @Option(names = "--gateway", paramLabel = "URL",
            description = "default: GATEWAY_URL of the stack.env, else " + TerminalChat.DEFAULT_GATEWAY)
    String gateway;

    @Option(names = "--stack-env", paramLabel = "FILE",
            description = "default: <repo>/.shopmate/stack.env (or $SHOPMATE_DATA_DIR/stack.env)")
    Path stackEnv;

    @Option(names = "--wait", paramLabel = "SECONDS", converter = WaitSeconds.class,
            defaultValue = "" + TerminalChat.MAX_WAIT_SECONDS,
            description = {"how long the gateway waits for the reply, 1-10, default ${DEFAULT-VALUE}; a reply that",
                    "is later is asked for once more (same messageId, 10 s)"})
    int waitSeconds;

    @Option(names = "--as", paramLabel = "CUSTOMER_ID",
            description = "chat as this customer of the shop, logged in (a token signed with the local stack's demo"
                    + " login key, as ./shopmate token makes); default: an anonymous visitor")
    String customerId;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    private final Workspace workspace;

    public ChatCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The gateway this chat talks to: the flag, else the stack's {@code stack.env}, else the local default. */
    String gatewayUrl() {
        return gateway != null ? gateway
                : TerminalChat.gatewayFromStackEnv(stackEnv != null ? stackEnv : workspace.stackEnv());
    }

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, UTF_8);
        String customerToken = customerId == null ? null
                : DemoCustomerTokens.mint(workspace.dataDir(), customerId, Duration.ofHours(12));
        new TerminalChat(gatewayUrl(), waitSeconds, customerToken, out)
                .run(new BufferedReader(new InputStreamReader(System.in, UTF_8)));
        return 0;
    }

    /** 0 would make the gateway answer 202 and push the reply to a WebSocket, which this chat does not open. */
    static final class WaitSeconds implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            try {
                int seconds = Integer.parseInt(text.trim());
                if (seconds >= 1 && seconds <= TerminalChat.MAX_WAIT_SECONDS) {
                    return seconds;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException("takes whole seconds from 1 to " + TerminalChat.MAX_WAIT_SECONDS
                    + ", got '" + text + "'");
        }
    }
}
