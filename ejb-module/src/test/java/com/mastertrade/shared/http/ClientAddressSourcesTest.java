package com.mastertrade.shared.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Behind a load balancer {@code getRemoteAddr()} is the balancer for every client: only the filter that finds
 * the client's address reads it, everything else asks {@link ClientAddress}.
 */
class ClientAddressSourcesTest {

    private static final List<String> MODULES = List.of("ejb-module", "web-module", "tenant-admin", "batch-jobs");

    @Test
    void onlyTheFilterReadsTheConnectionsPeer() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> readers;
        try (Stream<Path> sources = MODULES.stream()
                .map(module -> root.resolve(module).resolve("src/main/java"))
                .filter(Files::isDirectory)
                .flatMap(ClientAddressSourcesTest::javaFiles)) {
            readers = sources.filter(file -> read(file).contains("getRemoteAddr()"))
                    .map(file -> file.getFileName().toString())
                    .toList();
        }
        assertThat(readers).containsExactly("ClientAddressFilter.java");
    }

    @SuppressWarnings("StreamResourceLeak") // flatMap closes each walk once it has read it
    private static Stream<Path> javaFiles(Path folder) {
        try {
            return Files.walk(folder).filter(file -> file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
