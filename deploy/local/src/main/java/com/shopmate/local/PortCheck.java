package com.shopmate.local;

import com.shopmate.servers.Loopback;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks, before anything starts, that every port of the stack is distinct and free, so that a second stack (or
 * anything else on 8080) fails in one line instead of half-starting.
 */
final class PortCheck {

    /** A port the stack wants, who wants it, and the option that moves it. */
    record WantedPort(int port, String owner, String option) {
    }

    private PortCheck() {
    }

    static List<WantedPort> wantedPorts(StackOptions options) {
        List<WantedPort> wanted = new ArrayList<>(List.of(
                new WantedPort(options.kafkaPort(), "Kafka", "--kafka-port"),
                new WantedPort(options.kafkaControllerPort(), "Kafka controller", "--kafka-controller-port"),
                new WantedPort(options.redisPort(), "Redis", "--redis-port"),
                new WantedPort(options.postgresPort(), "PostgreSQL", "--postgres-port")));
        for (ServiceSpec service : options.services()) {
            wanted.add(new WantedPort(service.port(), service.module(), "--services " + service.module() + "=PORT"));
        }
        return wanted;
    }

    static void ensureAllFree(List<WantedPort> wanted) {
        Map<Integer, WantedPort> seen = new HashMap<>();
        for (WantedPort port : wanted) {
            WantedPort other = seen.putIfAbsent(port.port(), port);
            if (other != null) {
                throw new StackException("port " + port.port() + " is given to both " + other.owner() + " and "
                        + port.owner() + ": change one with " + port.option());
            }
        }
        for (WantedPort port : wanted) {
            if (!isFree(port.port())) {
                throw new StackException(inUseMessage(port));
            }
        }
    }

    static String inUseMessage(WantedPort port) {
        return "port " + port.port() + " (" + port.owner() + ") is already in use: is a stack already running"
                + " (./shopmate status, ./shopmate down)? Otherwise choose another port with " + port.option();
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Without SO_REUSEADDR a port in TIME_WAIT from the last run would count as taken.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(Loopback.HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
