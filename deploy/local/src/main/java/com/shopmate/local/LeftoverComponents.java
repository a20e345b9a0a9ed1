package com.shopmate.local;

import com.shopmate.servers.process.ChildProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Stops the servers of a stack that could not stop them itself (killed, crashed, or killed by {@code ./shopmate
 * down} after its timeout): the processes in the data directory's {@code pids} file that still run what was
 * started, and the data directory's PostgreSQL. The next start runs it before it checks its ports;
 * {@code ./shopmate down} runs {@link #stopAfterStack} once the stack's own process is gone.
 */
public final class LeftoverComponents {

    private static final Set<String> SERVERS = Set.of(KafkaComponent.NAME, RedisComponent.NAME,
            PostgresComponent.NAME);

    private LeftoverComponents() {
    }

    /**
     * What still runs, the last started first. PostgreSQL is daemonised by {@code pg_ctl}, so a stack killed while
     * it started has not recorded it yet: its {@code postmaster.pid} names it.
     */
    static List<ComponentProcess> stillRunning(Path dataDir) {
        List<ComponentProcess> candidates = new ArrayList<>(ComponentPidFile.read(dataDir.resolve(ComponentPidFile.FILE_NAME)));
        Collections.reverse(candidates);
        Optional<ComponentProcess> postmaster = PostgresComponent.postmaster(dataDir);
        postmaster.filter(p -> candidates.stream().noneMatch(c -> c.pid() == p.pid())).ifPresent(candidates::add);
        return candidates.stream().filter(ComponentProcess::isRunning).toList();
    }

    /**
     * Stops what {@link #stillRunning} finds and forgets the recorded ones; returns how many ran. The services go
     * first, together (they use the servers, not each other), then Kafka, Redis and PostgreSQL, together.
     */
    static int stop(Path dataDir, Consumer<String> say) {
        List<ComponentProcess> leftovers = stillRunning(dataDir);
        Map<Boolean, List<ComponentProcess>> serversOrNot = leftovers.stream()
                .collect(Collectors.partitioningBy(process -> SERVERS.contains(process.component())));
        stopTogether(serversOrNot.get(false), say);
        stopTogether(serversOrNot.get(true), say);
        ComponentPidFile.delete(dataDir.resolve(ComponentPidFile.FILE_NAME));
        return leftovers.size();
    }

    private static void stopTogether(List<ComponentProcess> group, Consumer<String> say) {
        if (group.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        ChildProcess.stop(group.stream().map(p -> ProcessHandle.of(p.pid())).flatMap(Optional::stream).toList(),
                ChildProcess.STOP_GRACE);
        say.accept(String.format(Locale.ROOT, "stopped %s, left running by a stack that did not stop (%.1f s)",
                group.stream().map(p -> p.component() + " (pid " + p.pid() + ")").collect(Collectors.joining(", ")),
                (System.nanoTime() - started) / 1e9));
    }

    /**
     * For {@code ./shopmate down} once the stack's own process is gone: stops what it left and says so, each line
     * indented under down's own.
     *
     * @throws StackException while a stack runs on the directory: it stops its own processes
     */
    public static void stopAfterStack(Path dataDir, Consumer<String> say) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path pidFile = dir.resolve(StackPidFile.FILE_NAME);
        Optional<ProcessHandle> stack = StackPidFile.liveOwner(pidFile);
        if (stack.isPresent()) {
            throw new StackException("a stack runs on " + dir + " (pid " + stack.get().pid() + "): it stops its own"
                    + " processes (./shopmate down)");
        }
        if (stop(dir, line -> say.accept("  " + line)) == 0) {
            say.accept("  none of its processes runs any more");
        }
        StackPidFile.release(pidFile);
    }

    /** Whether a stack recorded processes it has not stopped: it was killed, or it is running. */
    public static boolean recorded(Path dataDir) {
        Path file = componentPidFile(dataDir);
        try {
            return Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code pids}: one line per process the stack started and has not stopped yet. */
    public static Path componentPidFile(Path dataDir) {
        return dataDir.resolve(ComponentPidFile.FILE_NAME);
    }
}
