package com.shopmate.local;

import com.shopmate.servers.process.ChildProcess;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
 * {@code ./shopmate down} runs {@link #main} once the stack's own process is gone.
 */
final class LeftoverComponents {

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

    /** {@code --data-dir DIR}: for {@code ./shopmate down}; refused while a stack runs on the directory. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length != 2 || !args[0].equals("--data-dir")) {
            System.err.println("Usage: LeftoverComponents --data-dir DIR");
            System.exit(2);
        }
        Path dataDir = Path.of(args[1]).toAbsolutePath().normalize();
        Path pidFile = dataDir.resolve(StackPidFile.FILE_NAME);
        Optional<ProcessHandle> stack = StackPidFile.liveOwner(pidFile);
        if (stack.isPresent()) {
            System.err.println("a stack runs on " + dataDir + " (pid " + stack.get().pid() + "): it stops its own"
                    + " processes (./shopmate down)");
            System.exit(1);
        }
        if (stop(dataDir, line -> out.println("  " + line)) == 0) {
            out.println("  none of its processes runs any more");
        }
        StackPidFile.release(pidFile);
    }
}
