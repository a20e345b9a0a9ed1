package com.shopmate.local;

import static com.shopmate.servers.Loopback.HOST;

/** Where the infrastructure of a stack listens, in the forms clients of it take. */
public record StackAddresses(int kafkaPort, int redisPort, int postgresPort) {

    public String kafkaBootstrapServers() {
        return HOST + ":" + kafkaPort;
    }

    public String redisUri() {
        return "redis://" + HOST + ":" + redisPort;
    }

    /** The form Quarkus' reactive PostgreSQL client takes. */
    public String postgresReactiveUrl() {
        return "postgresql://" + HOST + ":" + postgresPort + "/" + PlatformServices.DATABASE;
    }

    public String postgresJdbcUrl() {
        return "jdbc:" + postgresReactiveUrl();
    }
}
