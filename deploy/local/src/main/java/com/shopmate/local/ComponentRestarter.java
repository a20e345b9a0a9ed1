package com.shopmate.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;

/**
 * Keeps one component of a running stack running: when its process dies on its own (a crash, {@code kill -9}), it is
 * launched again on the same ports and data after a {@link RestartBackoff} pause, and the stack's output says so.
 * Once the stack is told to stop, nothing is restarted.
 */
final class ComponentRestarter implements Runnable {

    /** How often it looks whether the process still runs: a dead service is a gap in shoppers' replies. */
    static final Duration CHECK_EVERY = Duration.ofMillis(500);

    private final RunningStack stack;
    private final StackComponent component;
    private final RestartBackoff backoff;
    private long upSinceNanos = System.nanoTime();
    private int restarts;

    ComponentRestarter(RunningStack stack, StackComponent component, RestartBackoff backoff) {
        this.stack = stack;
        this.component = component;
        this.backoff = backoff;
    }

    @Override
    public void run() {
        try {
            while (!stack.isClosed()) {
                long pid = component.recorded().map(ComponentProcess::pid).orElse(-1L);
                while (component.isRunning()) {
                    Thread.sleep(CHECK_EVERY.toMillis());
                }
                if (stack.isClosed()) {
                    return;
                }
                Duration upFor = Duration.ofNanos(System.nanoTime() - upSinceNanos);
                stack.forget(component);
                Duration pause = backoff.afterExit(upFor);
                LocalStack.say(String.format(Locale.ROOT,
                        "WARNING: %s (pid %d, up %s) died while the stack runs; restarting it in %s s (log of the run"
                                + " that died: %s)", component.name(), pid, shown(upFor), pause.toSeconds(),
                        keepLogOfDeadRun()));
                Thread.sleep(pause.toMillis());
                restart();
            }
        } catch (InterruptedException e) {
            // the stack stops
        }
    }

    private void restart() {
        long started = System.nanoTime();
        try {
            if (!stack.relaunch(component)) {
                return;
            }
            component.awaitReady();
            restarts++;
            upSinceNanos = System.nanoTime();
            LocalStack.say(String.format(Locale.ROOT, "restarted %s (pid %d, restart %d, %.1f s): %s",
                    component.name(), component.recorded().map(ComponentProcess::pid).orElse(-1L), restarts,
                    (System.nanoTime() - started) / 1e9, component.readyMessage()));
        } catch (RuntimeException e) {
            if (stack.isClosed()) {
                return;
            }
            // Alive but never ready counts as dead: stopped here, it is restarted after a longer pause.
            upSinceNanos = System.nanoTime();
            LocalStack.say("WARNING: " + component.name() + " did not come back: " + firstLine(e.getMessage()));
            stack.stopForRestart(component);
        }
    }

    /** The restart empties the component's log: the run that died keeps its own as {@code <name>.previous.log}. */
    private Path keepLogOfDeadRun() {
        Path log = stack.logFile(component.name());
        Path previous = log.resolveSibling(component.name() + ".previous.log");
        try {
            if (Files.isRegularFile(log)) {
                Files.copy(log, previous, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LocalStack.say("could not keep " + log + ": " + e.getMessage());
        }
        return previous;
    }

    static String shown(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 120 ? seconds + " s" : duration.toMinutes() + " min";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
