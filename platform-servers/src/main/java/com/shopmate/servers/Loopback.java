package com.shopmate.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Every server listens on loopback only: a laptop stack or a test is reached from this machine, never the network. */
public final class Loopback {

    public static final String HOST = "127.0.0.1";

    private Loopback() {
    }

    /** Ports free right now, all different: port 0 lets the OS pick, and the servers need the numbers up front. */
    public static int[] freePorts(int count) {
        // Hold every socket until all are chosen, so no two ports are the same.
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST));
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // only a probe
                }
            }
        }
    }
}
