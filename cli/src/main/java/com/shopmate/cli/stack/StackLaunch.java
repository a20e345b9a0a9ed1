package com.shopmate.cli.stack;

import com.shopmate.cli.Workspace;
import com.shopmate.local.LocalStack;
import com.shopmate.local.StackOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of the stack's own JVM: {@link LocalStack} on deploy/local's class path, given the options file
 * {@code up} wrote. That JVM only supervises (Kafka and the services run in JVMs of their own), so it is small.
 */
final class StackLaunch {

    static final String JAVA_OPTS_VARIABLE = "SHOPMATE_STACK_JAVA_OPTS";
    static final String DEFAULT_JAVA_OPTS = "-Xmx128m -XX:+UseSerialGC";

    private StackLaunch() {
    }

    static List<String> command(Workspace workspace, StackOptions options, Path optionsFile) {
        List<String> command = new ArrayList<>();
        // Its own session where there is setsid (Linux): Ctrl-C reaches up only, which asks the stack to stop in
        // order (services first), instead of reaching every server at once.
        if (onPath("setsid")) {
            command.add("setsid");
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String javaOpts = workspace.variable(JAVA_OPTS_VARIABLE).orElse(DEFAULT_JAVA_OPTS);
        command.addAll(Arrays.asList(javaOpts.trim().split("\\s+")));
        Path local = options.repoRoot().resolve("deploy/local/target");
        command.add("-cp");
        command.add(local.resolve("local-stack.jar") + File.pathSeparator + local.resolve("lib") + File.separator + "*");
        command.add(LocalStack.class.getName());
        command.add(optionsFile.toString());
        return command;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }
}
