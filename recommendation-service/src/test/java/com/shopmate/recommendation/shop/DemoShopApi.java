package com.shopmate.recommendation.shop;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points the service at the demo shop API it serves itself in the test ({@link DemoShopApiResource}). The port must
 * be known before the application starts, so a free one is picked here in place of a random one.
 */
public class DemoShopApi implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        int port = freePort();
        return Map.of("quarkus.http.test-port", String.valueOf(port),
                "shopmate.reco.shop-api.base-url", "http://localhost:" + port + DemoShopApiResource.PATH);
    }

    @Override
    public void stop() {
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the test HTTP server", e);
        }
    }
}
