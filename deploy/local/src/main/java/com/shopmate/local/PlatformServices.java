package com.shopmate.local;

import com.shopmate.servers.postgres.PostgresServer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services of the platform, in start order, and the environment each one gets. This table is the only place
 * that names them: add a row when a service module is added.
 */
public final class PlatformServices {

    public static final String GATEWAY = "gateway-service";
    public static final String AGENT_CONSOLE = "agent-console";
    public static final String RECOMMENDATION = "recommendation-service";
    public static final String ORDER_CONNECTOR = "order-connector";

    public static final List<ServiceSpec> ALL = List.of(
            // The SMS sandbox provider answers inside the gateway: SMS without a provider account, on a laptop; so
            // does a stand-in for WeChat's API (ServiceComponent points the gateway at it and gives it a Token).
            new ServiceSpec(GATEWAY, 8080, Map.of("SHOPMATE_SMS_SANDBOX_ENABLED", "true",
                    "SHOPMATE_WECHAT_SANDBOX_ENABLED", "true", "SHOPMATE_WECHAT_APP_ID", "wxsandbox",
                    "SHOPMATE_WECHAT_APP_SECRET", "sandbox-secret")),
            new ServiceSpec("nlu-service", 8081),
            new ServiceSpec("sentiment-service", 8082),
            new ServiceSpec("dialogue-service", 8083),
            new ServiceSpec(ORDER_CONNECTOR, 8084),
            // People take over handed-over conversations here (docs/agent-console.md): http://127.0.0.1:8085/console/
            new ServiceSpec(AGENT_CONSOLE, 8085),
            // Suggestions inside the conversation, learned from the shop's orders and views (after order-connector:
            // it reads the catalogue and the history through the shop API order-connector serves).
            new ServiceSpec(RECOMMENDATION, 8086));

    static final String DATABASE = "shopmate";

    /** The shop origins of the test stack's gateway: a Quarkus CORS /regex/ entry. */
    static final String TEST_SHOP_ORIGINS = "/http://127[.]0[.]0[.]1:[0-9]+/";

    private PlatformServices() {
    }

    /**
     * A service as the test stack runs it: the queue of agents open at any hour the tests run; the widget allowed on
     * pages of any port of the loopback address (a browser test serves a shop page of its own there, on a free port
     * it learns only then: another origin than the gateway's).
     */
    static ServiceSpec forTests(ServiceSpec service) {
        return switch (service.module()) {
            case "dialogue-service" -> service.withEnv("SHOPMATE_DIALOGUE_HANDOFF_AGENT_HOURS", "00:00-24:00");
            case GATEWAY -> service.withEnv("SHOPMATE_GATEWAY_SHOP_ORIGINS", TEST_SHOP_ORIGINS);
            default -> service;
        };
    }

    /** What one service process gets: the Quarkus names of the infrastructure addresses, then its own entries. */
    public static Map<String, String> environment(ServiceSpec service, StackAddresses addresses) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        // A laptop stack answers on loopback only; a tunnel in front of it is how an SMS provider reaches the webhook.
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("KAFKA_BOOTSTRAP_SERVERS", addresses.kafkaBootstrapServers());
        env.put("QUARKUS_REDIS_HOSTS", addresses.redisUri());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", addresses.postgresReactiveUrl());
        // Flyway's migrations go over JDBC (order-connector, agent-console, recommendation-service).
        env.put("QUARKUS_DATASOURCE_JDBC_URL", addresses.postgresJdbcUrl());
        // Local PostgreSQL trusts every local connection: there is no password to give, but a user name.
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        env.putAll(service.env());
        return env;
    }
}
