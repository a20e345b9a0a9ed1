package com.shopmate.cli.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.cli.Workspace;
import com.shopmate.local.ComponentHealth;
import com.shopmate.local.LeftoverComponents;
import com.shopmate.local.StackEnvFile;
import com.shopmate.local.StackHealth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code ./shopmate status}: whether the stack of the data directory runs, and the truth about each component: a
 * stack whose dialogue-service died is not "up", even while it restarts it.
 */
@Command(name = "status", sortOptions = false,
        description = {"whether the stack runs; one line per component (kafka, redis, postgres, each service): its pid,",
                "alive or down, and whether it answers (a service's /q/health/ready, a server's port); then the URLs."},
        footer = {"Exit 0 when every component runs and answers, or the stack is starting; 1 when one is down or not",
                "ready (the stack restarts a component that dies: see its log); 3 when the stack does not run."})
public final class StatusCommand implements Callable<Integer> {

    /** A component is down or does not answer. */
    static final int DEGRADED = 1;
    /** As an LSB init script's status: the program is not running. */
    static final int NOT_RUNNING = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "one JSON object: state, stackPid, healthy, components[{name, pid, alive,"
            + " ready, address}]")
    boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    private final Workspace workspace;

    public StatusCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dataDir = workspace.dataDir();
        Optional<RunningStackProcess> stack = RunningStackProcess.of(dataDir);
        if (stack.isEmpty()) {
            if (json) {
                out.println(json(ordered("state", "not running", "healthy", false)));
            } else {
                out.println("not running");
                if (LeftoverComponents.recorded(dataDir)) {
                    out.println("  a stack that was killed may have left servers running: ./shopmate down stops them");
                }
            }
            return NOT_RUNNING;
        }
        long pid = stack.get().pid();
        Path stackEnv = workspace.stackEnv();
        // stack.env is written once everything is ready, by the stack that runs now or by an earlier one.
        if (!Files.isRegularFile(stackEnv) || !Long.toString(pid).equals(StackEnvFile.read(stackEnv).get("STACK_PID"))) {
            if (json) {
                out.println(json(ordered("state", "starting", "stackPid", pid, "healthy", false)));
            } else {
                out.println("starting (pid " + pid + "); log " + workspace.shown(UpCommand.stackLog(dataDir)));
            }
            return 0;
        }
        List<ComponentHealth> components = StackHealth.check(dataDir);
        Optional<String> problems = StackHealth.problems(components);
        if (json) {
            out.println(json(stateOf(pid, components, problems.isEmpty())));
        } else {
            out.println(problems.map(p -> "Shopmate local stack runs (pid " + pid + "), but " + p)
                    .orElse("Shopmate local stack is up (pid " + pid + ")"));
            ComponentTable.lines(components).forEach(out::println);
            problems.ifPresent(p -> out.println("  The stack restarts a component that dies; its log: "
                    + workspace.shown(dataDir.resolve("logs")) + "/<component>.log"));
            StackUrls.lines(stackEnv, dataDir).forEach(out::println);
        }
        return problems.isEmpty() ? 0 : DEGRADED;
    }

    private static Map<String, Object> stateOf(long pid, List<ComponentHealth> components, boolean healthy) {
        Map<String, Object> state = ordered("state", healthy ? "up" : "degraded", "stackPid", pid, "healthy", healthy);
        state.put("components", components.stream().map(c -> {
            Map<String, Object> component = new LinkedHashMap<>();
            component.put("name", c.name());
            component.put("pid", c.pid().orElse(null));
            component.put("alive", c.alive());
            component.put("ready", c.ready());
            component.put("address", c.address());
            return component;
        }).toList());
        return state;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String json(Map<String, Object> value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
