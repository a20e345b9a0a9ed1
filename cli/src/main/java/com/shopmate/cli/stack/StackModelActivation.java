package com.shopmate.cli.stack;

import com.shopmate.cli.Workspace;
import com.shopmate.local.StackException;
import com.shopmate.tools.training.ModelActivation;

import java.io.PrintWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * {@code ./shopmate train} saves into the local stack's models folder and activates what it trained there. While
 * the stack runs, the service activates it ({@code POST /admin/{kind}/model/activate} with the stack's admin token):
 * it loads it, moves the folder's pointer and tells its other replicas. With no stack running, the pointer is
 * written here, and the next start serves the version. A version saved elsewhere ({@code --out}) is left alone.
 */
public final class StackModelActivation implements ModelActivation {

    /** The pointer file the services read; the service kit's {@code ModelFolder} owns the format: one name, a line. */
    static final String POINTER_FILE = "active";

    private final Workspace workspace;
    private final AdminApi admin;

    public StackModelActivation(Workspace workspace) {
        this.workspace = workspace;
        this.admin = new AdminApi(workspace);
    }

    @Override
    public Path defaultFolder(String kind) {
        return workspace.dataDir().resolve("models").resolve(kind);
    }

    @Override
    public void activate(String kind, Path folder, String version, PrintWriter err) {
        if (!folder.toAbsolutePath().normalize().equals(defaultFolder(kind))) {
            err.println("trained " + kind + " model " + version + " into " + workspace.shown(folder)
                    + ", not the stack's models folder: not activated");
            return;
        }
        Optional<String> serviceUrl = admin.runningService(kind + "-service");
        if (serviceUrl.isPresent()) {
            err.println("activating " + kind + " model " + version + " at " + serviceUrl.get() + " ...");
            try {
                err.println(admin.post(serviceUrl.get(), "/admin/" + kind + "/model/activate",
                        "{\"version\":\"" + version + "\"}"));
            } catch (StackException e) {
                throw new StackException(kind + "-service did not activate " + version + " (" + e.getMessage()
                        + "); it is saved in " + workspace.shown(folder));
            }
        } else {
            writePointer(folder, version);
            err.println("activated " + kind + " model " + version + ": " + kind
                    + "-service serves it from its next start");
        }
    }

    // Written beside the pointer and renamed over it: a service reading it sees the old name or the new one.
    private static void writePointer(Path folder, String version) {
        Path partial = folder.resolve("." + POINTER_FILE + ".partial");
        try {
            Files.writeString(partial, version + "\n", UTF_8);
            Files.move(partial, folder.resolve(POINTER_FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the active pointer in " + folder, e);
        }
    }
}
