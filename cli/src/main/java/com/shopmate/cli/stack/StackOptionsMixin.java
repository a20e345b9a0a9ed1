package com.shopmate.cli.stack;

import com.shopmate.cli.Workspace;
import com.shopmate.local.PlatformServices;
import com.shopmate.local.RepoRoot;
import com.shopmate.local.ServiceSpec;
import com.shopmate.local.StackOptions;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The options of the stack ({@code ./shopmate up --help}): a flag beats its {@code SHOPMATE_*} variable (the
 * option's {@code descriptionKey}), which beats the default. They become the {@link StackOptions} the stack's JVM
 * runs with.
 */
public final class StackOptionsMixin {

    @Option(names = "--repo-root", paramLabel = "DIR", descriptionKey = "SHOPMATE_REPO_ROOT",
            description = "repository with the built services; env SHOPMATE_REPO_ROOT, default: this checkout")
    Path repoRoot;

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "SHOPMATE_DATA_DIR",
            description = "data, logs, stack.env, stack.pid; env SHOPMATE_DATA_DIR, default <repo>/.shopmate")
    Path dataDir;

    @Option(names = "--kafka-port", paramLabel = "N", descriptionKey = "SHOPMATE_KAFKA_PORT",
            converter = PortConverter.class, defaultValue = "" + StackOptions.DEFAULT_KAFKA_PORT,
            description = "Kafka client listener; env SHOPMATE_KAFKA_PORT, default ${DEFAULT-VALUE}")
    int kafkaPort;

    @Option(names = "--kafka-controller-port", paramLabel = "N", descriptionKey = "SHOPMATE_KAFKA_CONTROLLER_PORT",
            converter = PortConverter.class, defaultValue = "" + StackOptions.DEFAULT_KAFKA_CONTROLLER_PORT,
            description = "Kafka KRaft controller listener; env SHOPMATE_KAFKA_CONTROLLER_PORT, default ${DEFAULT-VALUE}")
    int kafkaControllerPort;

    @Option(names = "--redis-port", paramLabel = "N", descriptionKey = "SHOPMATE_REDIS_PORT",
            converter = PortConverter.class, defaultValue = "" + StackOptions.DEFAULT_REDIS_PORT,
            description = "env SHOPMATE_REDIS_PORT, default ${DEFAULT-VALUE}")
    int redisPort;

    @Option(names = "--postgres-port", paramLabel = "N", descriptionKey = "SHOPMATE_POSTGRES_PORT",
            converter = PortConverter.class, defaultValue = "" + StackOptions.DEFAULT_POSTGRES_PORT,
            description = "env SHOPMATE_POSTGRES_PORT, default ${DEFAULT-VALUE}")
    int postgresPort;

    @Option(names = "--partitions", paramLabel = "N", descriptionKey = "SHOPMATE_PARTITIONS",
            converter = AtLeastOneConverter.class, defaultValue = "" + StackOptions.DEFAULT_PARTITIONS,
            description = "partitions of each topic; env SHOPMATE_PARTITIONS, default ${DEFAULT-VALUE}")
    int partitions;

    @Option(names = "--services", paramLabel = "LIST", descriptionKey = "SHOPMATE_SERVICES",
            converter = ServiceSelection.Converter.class,
            description = {"services to run, each optionally with a port, e.g. gateway-service=9080,nlu-service;",
                    "env SHOPMATE_SERVICES, default all: " + ServiceSelection.ALL_MODULES_IN_HELP})
    ServiceSelection services;

    @Option(names = "--infra-only", description = "Kafka, Redis and PostgreSQL, no services")
    boolean infraOnly;

    @Option(names = "--require-all-services",
            description = "fail when a service is not built, instead of running without it")
    boolean requireAllServices;

    @Option(names = "--ready-timeout", paramLabel = "SECONDS", descriptionKey = "SHOPMATE_READY_TIMEOUT",
            converter = AtLeastOneConverter.class,
            defaultValue = "" + StackOptions.DEFAULT_SERVICE_READY_TIMEOUT_SECONDS,
            description = "per service, for /q/health/ready; env SHOPMATE_READY_TIMEOUT, default ${DEFAULT-VALUE}")
    int readyTimeoutSeconds;

    /** @throws ParameterException when {@code --repo-root} is not a Shopmate checkout */
    StackOptions toStackOptions(Workspace workspace, CommandLine command) {
        Path repo = repoRoot != null ? repoRoot : workspace.repoRoot();
        if (!RepoRoot.isRepoRoot(repo)) {
            throw new ParameterException(command, "--repo-root " + repo + " is not the Shopmate repository (no pom.xml and"
                    + " event-schemas/)");
        }
        List<ServiceSpec> chosen = infraOnly ? List.of() : services != null ? services.services() : PlatformServices.ALL;
        return new StackOptions(repo, dataDir != null ? dataDir : workspace.dataDir(), kafkaPort, kafkaControllerPort,
                redisPort, postgresPort, partitions, chosen, requireAllServices,
                Duration.ofSeconds(readyTimeoutSeconds), false);
    }

    static final class PortConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            int port = number(text);
            if (port < 1 || port > 65535) {
                throw new TypeConversionException("not a port number: '" + text + "'");
            }
            return port;
        }
    }

    static final class AtLeastOneConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            int n = number(text);
            if (n < 1) {
                throw new TypeConversionException("must be at least 1, got " + n);
            }
            return n;
        }
    }

    static int number(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("not a number: '" + text + "'");
        }
    }
}
