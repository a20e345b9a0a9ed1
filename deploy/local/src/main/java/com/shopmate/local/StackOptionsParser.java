package com.shopmate.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads {@link StackOptions} from command-line flags and environment variables; a flag beats its variable, which
 * beats the default. Every mistake is a {@link StackException} with a one-line message.
 */
final class StackOptionsParser {

    static final String USAGE = """
            Usage: local-stack [options]   (normally through ./shopmate up)
              --repo-root DIR             repository with the built services   env SHOPMATE_REPO_ROOT, default: found above the working directory
              --data-dir DIR              data, logs, stack.env, stack.pid      env SHOPMATE_DATA_DIR, default <repo>/.shopmate
              --kafka-port N              Kafka client listener                 env SHOPMATE_KAFKA_PORT, default 19092
              --kafka-controller-port N   Kafka KRaft controller listener       env SHOPMATE_KAFKA_CONTROLLER_PORT, default 19093
              --redis-port N                                                    env SHOPMATE_REDIS_PORT, default 16379
              --postgres-port N                                                 env SHOPMATE_POSTGRES_PORT, default 15432
              --partitions N              partitions of each topic              env SHOPMATE_PARTITIONS, default 4
              --services LIST             services to run, each optionally with a port,
                                          e.g. gateway-service=9080,nlu-service  env SHOPMATE_SERVICES, default all: %s
              --infra-only                Kafka, Redis and PostgreSQL, no services
              --require-all-services      fail when a service is not built, instead of running without it
              --ready-timeout SECONDS     per service, for /q/health/ready       env SHOPMATE_READY_TIMEOUT, default 90
              -h, --help
            """.formatted(PlatformServices.ALL.stream().map(ServiceSpec::module).collect(Collectors.joining(",")));

    private static final Map<String, String> ENV_OF_FLAG = Map.of(
            "--repo-root", "SHOPMATE_REPO_ROOT",
            "--data-dir", "SHOPMATE_DATA_DIR",
            "--kafka-port", "SHOPMATE_KAFKA_PORT",
            "--kafka-controller-port", "SHOPMATE_KAFKA_CONTROLLER_PORT",
            "--redis-port", "SHOPMATE_REDIS_PORT",
            "--postgres-port", "SHOPMATE_POSTGRES_PORT",
            "--partitions", "SHOPMATE_PARTITIONS",
            "--services", "SHOPMATE_SERVICES",
            "--ready-timeout", "SHOPMATE_READY_TIMEOUT");

    private static final List<String> SWITCHES = List.of("--infra-only", "--require-all-services");

    private StackOptionsParser() {
    }

    static boolean wantsHelp(String[] args) {
        return List.of(args).contains("-h") || List.of(args).contains("--help");
    }

    static StackOptions parse(String[] args, Map<String, String> env, Path workingDir) {
        Map<String, String> values = new HashMap<>();
        ENV_OF_FLAG.forEach((flag, variable) -> {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                values.put(flag, value.trim());
            }
        });
        List<String> switches = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String flag = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (SWITCHES.contains(flag)) {
                switches.add(flag);
            } else if (ENV_OF_FLAG.containsKey(flag)) {
                if (!flag.equals(arg)) {
                    values.put(flag, arg.substring(flag.length() + 1));
                } else if (i + 1 < args.length) {
                    values.put(flag, args[++i]);
                } else {
                    throw new StackException(flag + " needs a value (see --help)");
                }
            } else {
                throw new StackException("unknown option '" + arg + "' (see --help)");
            }
        }

        Path repoRoot = values.containsKey("--repo-root")
                ? Path.of(values.get("--repo-root")) : RepoRoot.find(workingDir);
        if (!RepoRoot.isRepoRoot(repoRoot)) {
            throw new StackException("--repo-root " + repoRoot + " is not the Shopmate repository (no pom.xml and event-schemas/)");
        }
        StackOptions defaults = StackOptions.defaults(repoRoot);
        List<ServiceSpec> services = switches.contains("--infra-only") ? List.of()
                : values.containsKey("--services") ? services(values.get("--services")) : defaults.services();
        return new StackOptions(
                repoRoot,
                values.containsKey("--data-dir") ? Path.of(values.get("--data-dir")) : defaults.dataDir(),
                port(values, "--kafka-port", defaults.kafkaPort()),
                port(values, "--kafka-controller-port", defaults.kafkaControllerPort()),
                port(values, "--redis-port", defaults.redisPort()),
                port(values, "--postgres-port", defaults.postgresPort()),
                positive(values, "--partitions", defaults.partitions()),
                services,
                switches.contains("--require-all-services"),
                Duration.ofSeconds(positive(values, "--ready-timeout", (int) defaults.serviceReadyTimeout().toSeconds())),
                false);
    }

    /** {@code gateway-service=9080,nlu-service}: the named services in table order, each on its port or the default. */
    static List<ServiceSpec> services(String list) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (String item : list.split(",")) {
            String entry = item.trim();
            if (entry.isEmpty()) {
                continue;
            }
            String[] moduleAndPort = entry.split("=", 2);
            String module = moduleAndPort[0].trim();
            if (PlatformServices.ALL.stream().noneMatch(s -> s.module().equals(module))) {
                throw new StackException("--services: unknown service '" + module + "'; known: "
                        + PlatformServices.ALL.stream().map(ServiceSpec::module).collect(Collectors.joining(", ")));
            }
            wanted.put(module, moduleAndPort.length == 2 ? parsePort("--services " + module, moduleAndPort[1]) : null);
        }
        List<ServiceSpec> services = new ArrayList<>();
        for (ServiceSpec service : PlatformServices.ALL) {
            if (wanted.containsKey(service.module())) {
                Integer port = wanted.get(service.module());
                services.add(port == null ? service : service.withPort(port));
            }
        }
        return services;
    }

    private static int port(Map<String, String> values, String flag, int fallback) {
        return values.containsKey(flag) ? parsePort(flag, values.get(flag)) : fallback;
    }

    private static int parsePort(String what, String text) {
        int port = number(what, text);
        if (port < 1 || port > 65535) {
            throw new StackException(what + ": not a port number: '" + text + "'");
        }
        return port;
    }

    private static int positive(Map<String, String> values, String flag, int fallback) {
        if (!values.containsKey(flag)) {
            return fallback;
        }
        int n = number(flag, values.get(flag));
        if (n < 1) {
            throw new StackException(flag + " must be at least 1, got " + n);
        }
        return n;
    }

    private static int number(String what, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new StackException(what + ": not a number: '" + text + "'");
        }
    }
}
