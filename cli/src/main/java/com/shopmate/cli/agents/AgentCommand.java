package com.shopmate.cli.agents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.cli.Workspace;
import com.shopmate.cli.stack.AdminApi;
import com.shopmate.local.StackException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static java.nio.charset.StandardCharsets.UTF_8;

/** {@code ./shopmate agent add}: agents' accounts of the running stack's agent console, as an operator. */
@Command(name = "agent", description = "the running stack's agent console: add creates an agent's account",
        subcommands = AgentCommand.Add.class)
public final class AgentCommand implements Callable<Integer> {

    static final String SERVICE = "agent-console";

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    private final Workspace workspace;

    public AgentCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** {@code POST /admin/console/agents}; prints the agent as the console answers it, one JSON line. */
    @Command(name = "add", description = "create an agent who signs in at http://127.0.0.1:8085/console/")
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        AgentCommand agents;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
        boolean help;

        @Option(names = "--username", required = true, description = "the sign-in name: lower-case letters, digits,"
                + " '.', '_', '-'")
        String username;

        @Option(names = "--name", required = true, description = "the name shoppers see on the agent's replies")
        String displayName;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Password password;

        static final class Password {
            @Option(names = "--password-stdin", description = "read the password from the first line of stdin"
                    + " (keeps it out of the shell's history)")
            boolean fromStdin;

            @Option(names = "--password", paramLabel = "P", description = "the password, at least 8 characters")
            String value;
        }

        @Option(names = "--role", defaultValue = "agent", description = "agent or supervisor (default: agent)")
        String role;

        @Option(names = "--max-chats", defaultValue = "3", description = "most conversations open at once"
                + " (default: 3)")
        int maxChats;

        @Override
        public Integer call() throws Exception {
            if (!List.of("agent", "supervisor").contains(role)) {
                throw new ParameterException(spec.commandLine(), "--role must be agent or supervisor, got '"
                        + role + "'");
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("username", username);
            body.put("displayName", displayName);
            body.put("password", password.fromStdin ? firstLineOfStdin() : password.value);
            body.put("roles", List.of(role));
            body.put("maxOpenChats", maxChats);
            AdminApi admin = new AdminApi(agents.workspace);
            String url = admin.runningService(SERVICE).orElseThrow(() -> new StackException(
                    "no running stack with " + SERVICE + ": start it with ./shopmate up"));
            String created = admin.post(url, "/admin/console/agents", new ObjectMapper().writeValueAsString(body));
            spec.commandLine().getOut().println(created.strip());
            return 0;
        }

        private static String firstLineOfStdin() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new StackException("--password-stdin: no password on stdin");
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
