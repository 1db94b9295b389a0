package org.newsgraph.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Whether the server could listen on an address, asked before anything slow is loaded. */
final class PortCheck {
    private PortCheck() {
    }

    /** True when {@code host:port} can be bound now (port 0, "any free port", always can). */
    static boolean canListen(String host, int port) {
        if (port == 0) return true;
        try (ServerSocket socket = new ServerSocket()) {
            // as Jetty binds: a port left in TIME_WAIT by a stopped server is free
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
