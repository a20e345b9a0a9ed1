package com.shopmate.local;

import com.shopmate.servers.ServerException;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one-command local platform: real Kafka (KRaft), Redis and PostgreSQL without Docker, then every built service
 * as a process of its own. {@code ./shopmate up} runs {@link #main} in a JVM of its own; a test runs
 * {@code try (RunningStack stack = LocalStack.start(StackOptions.forTests())) { ... }}.
 */
public final class LocalStack {

    private LocalStack() {
    }

    /** Starts everything and returns once every service is ready; on any failure, stops what had started. */
    public static RunningStack start(StackOptions options) {
        RunningStack stack = new RunningStack(options);
        startInto(stack);
        return stack;
    }

    static void startInto(RunningStack stack) {
        StackOptions options = stack.options();
        long started = System.nanoTime();
        try {
            List<ServiceSpec> services = builtServices(options);
            stack.claimDataDir();
            Files.deleteIfExists(options.stackEnvFile());
            // A stack that was killed left its servers running on these ports: they go first.
            LeftoverComponents.stop(options.dataDir(), LocalStack::say);
            PortCheck.ensureAllFree(PortCheck.wantedPorts(options.withServices(services)));
            Files.createDirectories(options.logsDir());

            // Each stage is launched at once (Kafka boots in its own JVM while PostgreSQL starts), then waited for.
            // A component is added to the stack as soon as its process exists, so that it is recorded and stopped
            // whatever happens next.
            List<StackComponent> components = components(options, services);
            for (StackComponent.Stage stage : StackComponent.Stage.values()) {
                List<StackComponent> launched = new ArrayList<>();
                for (StackComponent component : components) {
                    if (component.stage() == stage) {
                        component.launch();
                        stack.add(component);
                        launched.add(component);
                    }
                }
                for (StackComponent component : launched) {
                    component.awaitReady();
                    say(elapsed(started) + component.readyMessage());
                }
            }
            stack.restartComponentsThatDie();
            StackEnvFile.write(options.stackEnvFile(), StackEnvFile.valuesOf(stack));
            say(elapsed(started) + "stack ready");
        } catch (IOException e) {
            stack.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /**
     * What the stack runs, in start order; it stops them in reverse. A service is a row of
     * {@link PlatformServices#ALL}; another kind of component is a line here.
     */
    static List<StackComponent> components(StackOptions options, List<ServiceSpec> services) {
        List<StackComponent> components = new ArrayList<>(List.of(
                new KafkaComponent(options),
                new RedisComponent(options),
                new PostgresComponent(options)));
        services.forEach(service -> components.add(new ServiceComponent(service, options)));
        return components;
    }

    /** The services whose jar is built; a missing one is an error, or a warning without {@code requireAllServices}. */
    static List<ServiceSpec> builtServices(StackOptions options) {
        List<ServiceSpec> built = new ArrayList<>();
        for (ServiceSpec service : options.services()) {
            Path jar = service.jar(options.repoRoot());
            if (Files.isRegularFile(jar)) {
                built.add(service);
            } else if (options.requireAllServices()) {
                throw new StackException(service.module() + " is not built (no " + jar + "): run mvn install first");
            } else {
                say("WARNING: " + service.module() + " is not built (no " + options.repoRoot().relativize(jar)
                        + "): running without it");
            }
        }
        return built;
    }

    /**
     * {@code LocalStack <data-dir>/conf/stack-options.json}: runs the stack until it is signalled. {@code ./shopmate up}
     * parses and checks the options and writes the file ({@link StackOptionsFile}); this JVM only supervises.
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(out);
        StackOptions options;
        try {
            if (args.length != 1) {
                throw new StackException("usage: LocalStack <data-dir>/" + StackOptionsFile.PATH
                        + " (written by ./shopmate up)");
            }
            options = StackOptionsFile.read(Path.of(args[0]));
        } catch (StackException e) {
            System.err.println("local-stack: " + e.getMessage());
            System.exit(2);
            return;
        }
        RunningStack stack = new RunningStack(options);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean signalled = new AtomicBoolean();
        // Registered before anything starts, so Ctrl-C during startup leaves nothing behind either.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            boolean running = !stack.isClosed();
            signalled.set(true);
            stack.close();
            if (running) {
                say("stopped");
            }
            stopped.countDown();
        }, "local-stack-shutdown"));
        try {
            startInto(stack);
        } catch (StackException | ServerException e) {
            if (!signalled.get()) {
                System.err.println("local-stack: " + e.getMessage());
            }
            System.exit(1);
        }
        out.println(StackBanner.render(stack));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String elapsed(long startedNanos) {
        return String.format(Locale.ROOT, "[%5.1f s] ", (System.nanoTime() - startedNanos) / 1e9);
    }

    static void say(String line) {
        System.out.println(line);
    }
}
