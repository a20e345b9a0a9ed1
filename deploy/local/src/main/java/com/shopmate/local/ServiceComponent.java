package com.shopmate.local;

import com.shopmate.servers.Loopback;
import com.shopmate.servers.process.ChildProcess;
import com.shopmate.servers.process.Poll;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One packaged Quarkus service ({@code quarkus-run.jar}) as a child JVM, ready when {@code /q/health/ready} is 200. */
final class ServiceComponent implements StackComponent {

    static final String CONSOLE_SESSION_KEY_ENV = "SHOPMATE_CONSOLE_SESSION_KEY";
    static final String CONSOLE_SESSION_KEY_FILE = "console-session-key";

    static final String HEAP = "-Xmx256m";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

    private final ServiceSpec spec;
    private final StackOptions options;
    private ChildProcess process;

    ServiceComponent(ServiceSpec spec, StackOptions options) {
        this.spec = spec;
        this.options = options;
    }

    static final String RECO_SHOP_API_ENV = "SHOPMATE_RECO_SHOP_API_BASE_URL";

    @Override
    public String name() {
        return spec.module();
    }

    @Override
    public Stage stage() {
        return Stage.SERVICE;
    }

    @Override
    public void launch() {
        Path jar = spec.jar(options.repoRoot());
        List<String> command = List.of(ChildProcess.javaExecutable(), HEAP, options.javaProcessMarker(),
                "-jar", jar.toString());
        Map<String, String> env = new LinkedHashMap<>(PlatformServices.environment(spec, options.addresses()));
        // Trained models live with the stack's data: ./shopmate train writes there, the services read from there.
        env.put("SHOPMATE_MODELS_DIR", options.dataDir().resolve("models").toString());
        env.put(AdminTokenFile.ENV, AdminTokenFile.ensure(options.dataDir()));
        if (PlatformServices.AGENT_CONSOLE.equals(spec.module())) {
            // Agents' sign-in cookies are sealed with this key: kept in the data folder, they outlive a restart.
            env.put(CONSOLE_SESSION_KEY_ENV, AdminTokenFile.ensureSecret(options.dataDir(), CONSOLE_SESSION_KEY_FILE));
        }
        if (PlatformServices.GATEWAY.equals(spec.module())) {
            env.putAll(LocalWeChatAccount.environment(options.dataDir(), baseUrl()));
            // The SMS provider's secret: the sandbox is called with it and webhooks must be signed with it.
            env.put(SmsProviderToken.ENV, SmsProviderToken.ensure(options.dataDir()));
        }
        if (PlatformServices.RECOMMENDATION.equals(spec.module())) {
            // It reads the catalogue and the shoppers' history through the shop API order-connector serves.
            options.services().stream().filter(s -> PlatformServices.ORDER_CONNECTOR.equals(s.module())).findFirst()
                    .ifPresent(shop -> env.put(RECO_SHOP_API_ENV, "http://" + Loopback.HOST + ":" + shop.port()
                            + "/admin/shop-api/v1"));
        }
        // The gateway verifies customer tokens with the demo login's key (./shopmate token signs them).
        env.put(DemoCustomerTokens.PUBLIC_KEY_ENV, DemoCustomerTokens.ensureKeys(options.dataDir()).toString());
        env.put(DemoCustomerTokens.ISSUER_ENV, DemoCustomerTokens.ISSUER);
        process = ChildProcess.start(spec.module(), command, env,
                jar.getParent(), options.logsDir().resolve(spec.module() + ".log"));
    }

    String baseUrl() {
        return "http://" + Loopback.HOST + ":" + spec.port();
    }

    ServiceSpec spec() {
        return spec;
    }

    @Override
    public Optional<ComponentProcess> recorded() {
        return Optional.ofNullable(process)
                .map(p -> new ComponentProcess(spec.module(), p.pid(), options.javaProcessMarker()));
    }

    @Override
    public void awaitReady() {
        Duration timeout = options.serviceReadyTimeout();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        Poll.until(System.nanoTime() + timeout.toNanos(), RETRY_PAUSE, () -> {
            if (!process.isAlive()) {
                throw new StackException(spec.module() + " exited with code " + process.exitValue() + " while starting; "
                        + process.logFile() + " ends with:" + System.lineSeparator() + process.logTail(40));
            }
            return answers(ready);
        }, () -> new StackException(spec.module() + " was not ready (" + baseUrl() + "/q/health/ready) within "
                + timeout.toSeconds() + " s; " + process.logFile() + " ends with:" + System.lineSeparator()
                + process.logTail(40)));
    }

    @Override
    public String readyMessage() {
        return spec.module() + " ready on " + baseUrl();
    }

    private boolean answers(HttpRequest ready) {
        try {
            return HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting for " + spec.module());
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.stop();
        }
    }
}
