package com.shopmate.cli.stack;

import com.shopmate.cli.Workspace;
import com.shopmate.local.AdminTokenFile;
import com.shopmate.local.StackEnvFile;
import com.shopmate.local.StackException;
import com.shopmate.tools.training.ModelActivation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
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
    private static final Duration ACTIVATE_TIMEOUT = Duration.ofSeconds(60);

    private final Workspace workspace;

    public StackModelActivation(Workspace workspace) {
        this.workspace = workspace;
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
        Optional<String> serviceUrl = runningServiceUrl(kind);
        if (serviceUrl.isPresent()) {
            err.println("activating " + kind + " model " + version + " at " + serviceUrl.get() + " ...");
            err.println(activateOnService(serviceUrl.get(), kind, version));
        } else {
            writePointer(folder, version);
            err.println("activated " + kind + " model " + version + ": " + kind
                    + "-service serves it from its next start");
        }
    }

    /** The service's URL while the stack of the data directory runs and is ready (its stack.env is its own). */
    private Optional<String> runningServiceUrl(String kind) {
        Optional<RunningStackProcess> stack = RunningStackProcess.of(workspace.dataDir());
        Path stackEnv = workspace.stackEnv();
        if (stack.isEmpty() || !Files.isRegularFile(stackEnv)) {
            return Optional.empty();
        }
        Map<String, String> env = StackEnvFile.read(stackEnv);
        if (!Long.toString(stack.get().pid()).equals(env.get("STACK_PID"))) {
            return Optional.empty();
        }
        return Optional.ofNullable(env.get(kind.toUpperCase(Locale.ROOT) + "_SERVICE_URL")).filter(u -> !u.isBlank());
    }

    private String activateOnService(String serviceUrl, String kind, String version) {
        Path tokenFile = workspace.dataDir().resolve(AdminTokenFile.FILE_NAME);
        try {
            String token = Files.readString(tokenFile, UTF_8).strip();
            HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrl + "/admin/" + kind + "/model/activate"))
                    .timeout(ACTIVATE_TIMEOUT)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"version\":\"" + version + "\"}"))
                    .build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new StackException(kind + "-service did not activate " + version + " (HTTP "
                        + response.statusCode() + " " + response.body() + "); it is saved in "
                        + workspace.shown(defaultFolder(kind)));
            }
            return response.body();
        } catch (IOException e) {
            throw new StackException("cannot activate " + version + " on " + serviceUrl + ": " + e.getMessage()
                    + "; it is saved in " + workspace.shown(defaultFolder(kind)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while activating " + version);
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
