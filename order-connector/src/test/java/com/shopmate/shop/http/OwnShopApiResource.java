package com.shopmate.shop.http;

import com.shopmate.shop.api.ShopApiResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points the HTTP back end at the shop API this service itself serves in the test. The port must be known before the
 * application starts, so that the base URL can name it: a free one is picked here, in place of a random one.
 */
public class OwnShopApiResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        int port = freePort();
        return Map.of(
                "quarkus.http.test-port", String.valueOf(port),
                "shopmate.shop.http.base-url", "http://localhost:" + port + ShopApiResource.PATH);
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
