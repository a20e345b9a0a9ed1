package com.shopmate.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** One packaged Quarkus service ({@code quarkus-run.jar}) as a child JVM, ready when {@code /q/health/ready} is 200. */
final class ServiceProcess implements AutoCloseable {

    static final String HEAP = "-Xmx256m";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final ServiceSpec spec;
    private final ChildProcess process;

    private ServiceProcess(ServiceSpec spec, ChildProcess process) {
        this.spec = spec;
        this.process = process;
    }

    static ServiceProcess launch(ServiceSpec spec, StackOptions options) {
        Path jar = spec.jar(options.repoRoot());
        List<String> command = List.of(ChildProcess.javaExecutable(), HEAP, "-jar", jar.toString());
        ChildProcess process = ChildProcess.start(spec.module(), command,
                PlatformServices.environment(spec, options.addresses()),
                jar.getParent(), options.logsDir().resolve(spec.module() + ".log"));
        return new ServiceProcess(spec, process);
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

    /** Blocks until the service reports ready; fails with the end of its log if it exits or takes too long. */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (true) {
            if (!process.isAlive()) {
                throw new StackException(spec.module() + " exited with code " + process.exitValue() + " while starting; "
                        + process.logFile() + " ends with:" + System.lineSeparator() + process.logTail(40));
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while waiting for " + spec.module());
            }
            if (System.nanoTime() > deadline) {
                throw new StackException(spec.module() + " was not ready (" + baseUrl() + "/q/health/ready) within "
                        + timeout.toSeconds() + " s; " + process.logFile() + " ends with:" + System.lineSeparator()
                        + process.logTail(40));
            }
            KafkaBroker.sleep(Duration.ofMillis(250));
        }
    }

    @Override
    public void close() {
        process.stop();
    }
}
