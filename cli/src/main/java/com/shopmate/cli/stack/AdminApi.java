package com.shopmate.cli.stack;

import com.shopmate.cli.Workspace;
import com.shopmate.local.AdminTokenFile;
import com.shopmate.local.StackEnvFile;
import com.shopmate.local.StackException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The admin API of the running local stack's services, called as an operator: with the stack's admin token (its data
 * folder's {@code admin-token}) as {@code Authorization: Bearer}.
 */
public final class AdminApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final Workspace workspace;

    public AdminApi(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The URL of a service of the stack while the stack runs and is ready (its stack.env is its own), by the
     * service's module name ({@code order-connector}).
     */
    public Optional<String> runningService(String module) {
        Optional<RunningStackProcess> stack = RunningStackProcess.of(workspace.dataDir());
        Path stackEnv = workspace.stackEnv();
        if (stack.isEmpty() || !Files.isRegularFile(stackEnv)) {
            return Optional.empty();
        }
        Map<String, String> env = StackEnvFile.read(stackEnv);
        if (!Long.toString(stack.get().pid()).equals(env.get("STACK_PID"))) {
            return Optional.empty();
        }
        String key = module.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_URL";
        return Optional.ofNullable(env.get(key)).filter(url -> !url.isBlank());
    }

    /**
     * POSTs {@code json} to {@code serviceUrl + path} and answers the response body.
     *
     * @throws StackException when the service cannot be reached or does not answer 2xx (with its answer)
     */
    public String post(String serviceUrl, String path, String json) {
        Path tokenFile = workspace.dataDir().resolve(AdminTokenFile.FILE_NAME);
        try {
            String token = Files.readString(tokenFile, UTF_8).strip();
            HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrl + path))
                    .timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new StackException("POST " + serviceUrl + path + " answered HTTP " + response.statusCode()
                        + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new StackException("cannot POST " + serviceUrl + path + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted: POST " + serviceUrl + path);
        }
    }
}
