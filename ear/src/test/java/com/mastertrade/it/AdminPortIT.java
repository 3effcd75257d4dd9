package com.mastertrade.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The domain that {@code mastertrade} makes (the test domain is made like the quick start's): its admin port
 * wants the generated admin password, and only its HTTP(S) listeners face the network; the admin port, JMX,
 * IIOP, the JMS broker and Hazelcast answer on the loopback alone.
 */
class AdminPortIT {

    private static final String HOST = System.getProperty("mt.admin.host", "127.0.0.1");
    private static final int ADMIN_PORT = Integer.getInteger("mt.admin.port", 18048);
    private static final int PORT_BASE = ADMIN_PORT - 48;
    /** Payara's ports by offset from the port base (create-domain --portbase). */
    private static final Map<String, Integer> INTERNAL_LISTENERS = Map.of(
            "admin", ADMIN_PORT,
            "IIOP", PORT_BASE + 37,
            "Hazelcast (DAS)", PORT_BASE + 49,
            "JMS broker", PORT_BASE + 76,
            "JMX connector", PORT_BASE + 86);

    private static String managementUrl() {
        return "http://" + HOST + ":" + ADMIN_PORT + "/management/domain";
    }

    @Test
    void theManagementApiRefusesAnonymousCalls() {
        given().accept("application/json").get(managementUrl()).then().statusCode(401);
        given().accept("application/json")
                .auth()
                .preemptive()
                .basic("admin", "")
                .get(managementUrl())
                .then()
                .statusCode(401);
        given().accept("application/json")
                .auth()
                .preemptive()
                .basic("admin", "not-the-password")
                .get(managementUrl())
                .then()
                .statusCode(401);
    }

    @Test
    void theGeneratedPasswordFileOpensItAndOnlyItsOwnerReadsIt() throws IOException {
        Path file = Path.of(System.getProperty("mt.admin.password-file"));
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String password = Files.readAllLines(file).stream()
                .filter(line -> line.startsWith("AS_ADMIN_PASSWORD="))
                .map(line -> line.substring("AS_ADMIN_PASSWORD=".length()))
                .findFirst()
                .orElseThrow();
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        given().accept("application/json")
                .auth()
                .preemptive()
                .basic(System.getProperty("mt.admin.user", "admin"), password)
                .get(managementUrl())
                .then()
                .statusCode(200);
    }

    @Test
    void onlyTheHttpListenersFaceTheNetwork() throws IOException {
        assumeTrue(
                "127.0.0.1".equals(System.getProperty("mt.admin.bind-address", "127.0.0.1")),
                "MT_ADMIN_BIND_ADDRESS opens the internal listeners on purpose");
        Optional<InetAddress> outside = nonLoopbackAddress();
        assumeTrue(outside.isPresent(), "this machine has no network address besides the loopback");
        assertThat(answers(outside.get(), PORT_BASE + 80))
                .as("HTTP on " + outside.get())
                .isTrue();
        for (Map.Entry<String, Integer> listener : INTERNAL_LISTENERS.entrySet()) {
            assertThat(answers(InetAddress.getLoopbackAddress(), listener.getValue()))
                    .as(listener.getKey() + " on the loopback, port " + listener.getValue())
                    .isTrue();
            assertThat(answers(outside.get(), listener.getValue()))
                    .as(listener.getKey() + " on " + outside.get() + ", port " + listener.getValue())
                    .isFalse();
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(AdminPortIT::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    private static boolean answers(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
