package dev.synthesis.localplatform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.localplatform.LocalPlatformSettings.Ports;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void picksDistinctPortsThatAreFree() {
        Ports ports = FreePorts.pick();

        List<Integer> all = Stream.of(ports.postgres(), ports.redis(), ports.s3(), ports.keycloak(),
                ports.app()).toList();
        assertThat(all).doesNotHaveDuplicates().allMatch(port -> port > 1024 && port < 65536);
        assertThat(all).allMatch(FreePorts::isFree);
    }

    @Test
    void reportsAPortInUseAsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(FreePorts.isFree(taken.getLocalPort())).isFalse();
        }
    }
}
