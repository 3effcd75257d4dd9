package com.mastertrade.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeysTest {

    @TempDir
    Path home;

    @Test
    void theDevelopmentKeyIsMadeOnceAndKeptPrivate() throws Exception {
        byte[] first = MasterKeys.developmentKey(home.resolve("keys"));
        byte[] second = MasterKeys.developmentKey(home.resolve("keys"));

        assertThat(first).hasSize(32).isEqualTo(second);
        Path file = home.resolve("keys").resolve(MasterKeys.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var leftovers = Files.list(home.resolve("keys"))) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void aConfiguredKeyWinsAndThePreviousOneStillOpens() {
        byte[] previous = new byte[32];
        previous[0] = 7;
        byte[] sealedBefore = new SecretBox(previous, null).seal(new byte[] {1, 2, 3}, "x");
        MasterKeys keys = new MasterKeys();
        keys.masterKey = Optional.of(Base64.getEncoder().encodeToString(new byte[32]));
        keys.previousKey = Optional.of(Base64.getEncoder().encodeToString(previous));
        keys.home = Optional.of(home.toString());

        keys.load();

        assertThat(keys.secretBox().open(sealedBefore, "x")).containsExactly(1, 2, 3);
        assertThat(Files.exists(home.resolve("keys")))
                .as("no development key when one is configured")
                .isFalse();
    }

    @Test
    void aMalformedKeyStopsWithAHint() {
        assertThatThrownBy(() -> MasterKeys.decode("MT_MASTER_KEY", "not base64 at all!"))
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() ->
                        MasterKeys.decode("MT_MASTER_KEY", Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }
}
