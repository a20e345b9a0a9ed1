package com.shopmate.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code stack.pid}: the process that runs the stack of one data directory. Two stacks on one data directory would
 * share Kafka's log and PostgreSQL's files, so the second one is refused. {@code ./shopmate down} signals this pid.
 */
public final class StackPidFile {

    public static final String FILE_NAME = "stack.pid";

    private StackPidFile() {
    }

    static void claim(Path file) {
        Optional<ProcessHandle> owner = liveOwner(file);
        if (owner.isPresent() && owner.get().pid() != ProcessHandle.current().pid()) {
            throw new StackException("a stack already runs on " + file.getParent() + " (pid " + owner.get().pid()
                    + "): stop it with ./shopmate down, or use another --data-dir");
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void release(Path file) {
        Optional<ProcessHandle> owner = liveOwner(file);
        if (owner.isEmpty() || owner.get().pid() == ProcessHandle.current().pid()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a pid file without its process is treated as absent
            }
        }
    }

    /**
     * The process named in the file, if it is alive and runs a local stack (pids are reused). A process whose
     * command line cannot be read (another user's, a zombie) is not taken for a stack: {@code ./shopmate} decides
     * the same way. Taking it for a stack would refuse every start until someone deletes the file by hand; not
     * taking it for one is still caught by the port check, and by Kafka's and PostgreSQL's locks on their data.
     */
    public static Optional<ProcessHandle> liveOwner(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(file).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(StackPidFile::runsLocalStack);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean runsLocalStack(ProcessHandle process) {
        return process.pid() == ProcessHandle.current().pid() || isLocalStack(ProcessCommandLine.of(process.pid()));
    }

    /** A command line that cannot be read (empty) is no proof of a stack. */
    static boolean isLocalStack(Optional<List<String>> commandLine) {
        return commandLine.map(args -> args.contains(LocalStack.class.getName())).orElse(false);
    }
}
