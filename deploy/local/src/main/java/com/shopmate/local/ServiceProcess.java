package com.shopmate.local;

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

/** One packaged Quarkus service ({@code quarkus-run.jar}) as a child JVM, ready when {@code /q/health/ready} is 200. */
final class ServiceProcess implements AutoCloseable {

    static final String HEAP = "-Xmx256m";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

    private final ServiceSpec spec;
    private final ChildProcess process;
    private final String marker;

    private ServiceProcess(ServiceSpec spec, ChildProcess process, String marker) {
        this.spec = spec;
        this.process = process;
        this.marker = marker;
    }

    static ServiceProcess launch(ServiceSpec spec, StackOptions options) {
        Path jar = spec.jar(options.repoRoot());
        List<String> command = List.of(ChildProcess.javaExecutable(), HEAP, options.javaProcessMarker(),
                "-jar", jar.toString());
        Map<String, String> env = new LinkedHashMap<>(PlatformServices.environment(spec, options.addresses()));
        // Trained models live with the stack's data: ./shopmate train writes there, the services read from there.
        env.put("SHOPMATE_MODELS_DIR", options.dataDir().resolve("models").toString());
        env.put(AdminTokenFile.ENV, AdminTokenFile.ensure(options.dataDir()));
        ChildProcess process = ChildProcess.start(spec.module(), command, env,
                jar.getParent(), options.logsDir().resolve(spec.module() + ".log"));
        return new ServiceProcess(spec, process, options.javaProcessMarker());
    }

    String baseUrl() {
        return "http://" + StackAddresses.HOST + ":" + spec.port();
    }

    ServiceSpec spec() {
        return spec;
    }

    ChildProcess process() {
        return process;
    }

    ComponentProcess recorded() {
        return new ComponentProcess(spec.module(), process.pid(), marker);
    }

    /** Blocks until the service reports ready; fails with the end of its log if it exits or takes too long. */
    void awaitReady(Duration timeout) {
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
        process.stop();
    }
}
