package com.shopmate.local;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PortCheckTest {

    @Test
    void aTakenPort_failsInOneLine_namingWhoWantedItAndHowToMoveIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            List<PortCheck.WantedPort> wanted = List.of(new PortCheck.WantedPort(port, "Redis", "--redis-port"));

            StackException e = assertThrows(StackException.class, () -> PortCheck.ensureAllFree(wanted));

            assertEquals("port " + port + " (Redis) is already in use: is a stack already running"
                    + " (./shopmate status, ./shopmate down)? Otherwise choose another port with --redis-port",
                    e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
    }

    @Test
    void aPortTakenOnAllInterfaces_countsAsTakenToo() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertEquals(false, PortCheck.isFree(taken.getLocalPort()));
        }
    }

    @Test
    void onePortGivenTwice_isRefusedBeforeAnythingStarts() {
        List<PortCheck.WantedPort> wanted = List.of(
                new PortCheck.WantedPort(18080, "Kafka", "--kafka-port"),
                new PortCheck.WantedPort(18080, "gateway-service", "--services gateway-service=PORT"));

        StackException e = assertThrows(StackException.class, () -> PortCheck.ensureAllFree(wanted));

        assertEquals("port 18080 is given to both Kafka and gateway-service: change one with "
                + "--services gateway-service=PORT", e.getMessage());
    }

    @Test
    void everyPortOfTheTestOptions_isFree() throws IOException {
        StackOptions options = StackOptions.forTests();
        // No stack runs on it here, so no close() deletes it.
        Files.delete(options.dataDir());

        assertDoesNotThrow(() -> PortCheck.ensureAllFree(PortCheck.wantedPorts(options)));
        assertEquals(4 + PlatformServices.ALL.size(), PortCheck.wantedPorts(options).size());
    }
}
