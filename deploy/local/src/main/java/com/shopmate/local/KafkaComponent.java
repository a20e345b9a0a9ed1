package com.shopmate.local;

import com.shopmate.servers.kafka.KafkaServer;
import com.shopmate.servers.kafka.KafkaSettings;

import java.util.List;
import java.util.Optional;

/** The stack's Kafka: its data kept in the data directory, the platform's topics created, warnings on the console. */
final class KafkaComponent implements StackComponent {

    static final String NAME = "kafka";

    private final StackOptions options;
    private KafkaServer server;

    KafkaComponent(StackOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Stage stage() {
        return Stage.SERVER;
    }

    @Override
    public void launch() {
        server = KafkaServer.launch(KafkaSettings.of(options.dataDir(), options.logsDir(), options.kafkaPort(),
                        options.kafkaControllerPort(), options.partitions())
                .withJvmArgs(List.of(options.javaProcessMarker()))
                .withConsole(line -> LocalStack.say("[kafka] " + line)));
    }

    @Override
    public void awaitReady() {
        server.awaitReady();
        server.createTopics(PlatformTopics.all(), options.partitions());
    }

    @Override
    public String readyMessage() {
        return "Kafka ready on " + server.bootstrapServers() + ", topics " + String.join(", ", PlatformTopics.all())
                + " (" + options.partitions() + " partitions)";
    }

    @Override
    public Optional<ComponentProcess> recorded() {
        return Optional.ofNullable(server)
                .map(s -> new ComponentProcess(NAME, s.pid(), options.javaProcessMarker()));
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
