package com.mastertrade.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.delivery.storage.StoredBlob;
import com.mastertrade.shared.MastertradeException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An upload keeps the bytes that arrived only if they are the announced size and, when said, SHA-256. */
class UploadTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final String SHA = "0123456789abcdef".repeat(4);

    @Test
    void itsNameIsSanitisedAndItIsReceivingUntilStored() {
        Upload upload = new Upload("u1", "../../setup.exe", 10, null, 5L, NOW);
        assertThat(upload.fileName()).isEqualTo("setup.exe");
        assertThat(upload.status()).isEqualTo("receiving");
        assertThat(upload.isStored()).isFalse();
        assertThat(upload.blob()).isEmpty();

        assertThat(upload.store(new StoredBlob("acme/releases/1", 10, SHA), NOW))
                .isTrue();
        assertThat(upload.isStored()).isTrue();
        assertThat(upload.blob()).contains(new StoredBlob("acme/releases/1", 10, SHA));
        assertThat(upload.storedAt()).isEqualTo(NOW);
        assertThat(upload.store(new StoredBlob("acme/releases/2", 10, SHA), NOW))
                .isFalse();
        assertThat(upload.blob().orElseThrow().key()).isEqualTo("acme/releases/1");
    }

    @Test
    void anotherSizeThanAnnouncedIsRefused() {
        Upload upload = new Upload("u1", "setup.exe", 10, null, 5L, NOW);
        assertThatThrownBy(() -> upload.store(new StoredBlob("acme/releases/1", 9, SHA), NOW))
                .isInstanceOf(MastertradeException.class)
                .extracting("code")
                .isEqualTo("UPLOAD_INCOMPLETE");
        assertThat(upload.isStored()).isFalse();
    }

    @Test
    void anotherDigestThanAnnouncedIsRefusedWith460() {
        Upload upload = new Upload("u1", "setup.exe", 10, SHA.toUpperCase(java.util.Locale.ROOT), 5L, NOW);
        MastertradeException refused = (MastertradeException) org.assertj.core.api.Assertions.catchThrowable(
                () -> upload.store(new StoredBlob("acme/releases/1", 10, "f".repeat(64)), NOW));
        assertThat(refused.status()).isEqualTo(460);
        assertThat(refused.code()).isEqualTo("CHECKSUM_MISMATCH");
        assertThat(upload.isStored()).isFalse();
        assertThat(upload.store(new StoredBlob("acme/releases/1", 10, SHA), NOW))
                .isTrue();
    }

    @Test
    void anAnnouncedDigestMustBeOne() {
        assertThat(Upload.expectedSha256(null)).isEmpty();
        assertThat(Upload.expectedSha256(" ")).isEmpty();
        assertThat(Upload.expectedSha256(SHA.toUpperCase(java.util.Locale.ROOT)))
                .contains(SHA);
        assertThatThrownBy(() -> Upload.expectedSha256("abc"))
                .isInstanceOf(MastertradeException.class)
                .extracting("code")
                .isEqualTo("BAD_CHECKSUM");
    }
}
