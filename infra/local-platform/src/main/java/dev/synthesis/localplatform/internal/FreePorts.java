package dev.synthesis.localplatform.internal;

import dev.synthesis.localplatform.LocalPlatformSettings.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Picks ports the operating system reports free. All sockets stay open until every port is chosen,
 * so the ports of one platform are distinct.
 */
public final class FreePorts {

    private FreePorts() {}

    /** Six distinct free ports, one per server and one for the application. */
    public static Ports pick() {
        List<Integer> ports = pick(6);
        return new Ports(ports.get(0), ports.get(1), ports.get(2), ports.get(3), ports.get(4), ports.get(5));
    }

    /** {@code count} distinct ports that were free on the loopback interface a moment ago. */
    private static List<Integer> pick(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find free ports", e);
        } finally {
            sockets.forEach(FreePorts::closeQuietly);
        }
    }

    /** Fails with a clear message if a server's port is taken, instead of a misleading later error. */
    public static void requireFree(Ports ports) {
        Map<String, Integer> wanted = Map.of("PostgreSQL", ports.postgres(), "Redis", ports.redis(),
                "S3", ports.s3(), "Keycloak", ports.keycloak(), "the broker", ports.broker());
        wanted.forEach((service, port) -> {
            if (!isFree(port)) {
                throw new IllegalStateException(
                        service + "'s port " + port + " is taken by another program (see: ss -ltnp)");
            }
        });
    }

    /** Whether nothing listens on {@code port} of the loopback interface. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort() == port;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // The port was only borrowed to learn its number; failing to release it changes nothing.
        }
    }
}
