package com.mastertrade.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.delivery.storage.StoredBlob;
import com.mastertrade.shared.ConflictException;
import com.mastertrade.shared.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A release's life: draft, published (only with its complete file), yanked; current only while published. */
class ReleaseTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final StoredBlob FILE = new StoredBlob("acme/releases/1", 1234, "ab".repeat(32));

    private static Release draft() {
        return new Release(
                7,
                new ReleaseDescription(
                        ReleaseVersion.of("version", "2.1.0.45"),
                        "Windows-X64",
                        ReleaseChannel.STABLE,
                        "  Fixes  ",
                        true),
                "upload-1",
                NOW);
    }

    @Test
    void aDraftHasNoFileUntilItsUploadIsStored() {
        Release release = draft();
        assertThat(release.status()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(release.hasFile()).isFalse();
        assertThat(release.size()).isZero();
        assertThat(release.sha256()).isNull();
        assertThat(release.isDownloadable()).isFalse();
        assertThat(release.isCurrent()).isFalse();
        assertThat(release.platform()).isEqualTo("windows-x64");
        assertThat(release.changelog()).isEqualTo("Fixes");
        assertThat(release.isMandatory()).isTrue();
        assertThat(release.uploadId()).isEqualTo("upload-1");
        assertThat(release.productId()).isEqualTo(7);
        assertThat(release.version()).isEqualTo("2.1.0.45");
        assertThat(release.createdAt()).isEqualTo(NOW);
    }

    @Test
    void aDraftWithoutItsFileIsNotPublished() {
        Release release = draft();
        assertThatThrownBy(() -> release.publish(NOW))
                .isInstanceOf(ConflictException.class)
                .extracting("code")
                .isEqualTo("RELEASE_FILE_INCOMPLETE");
        assertThat(release.status()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(release.publishedAt()).isNull();
    }

    @Test
    void withItsFileItIsPublishedAndDownloadable() {
        Release release = draft();
        release.attachFile(FILE, "setup.exe");
        release.publish(NOW);
        assertThat(release.status()).isEqualTo(ReleaseStatus.PUBLISHED);
        assertThat(release.publishedAt()).isEqualTo(NOW);
        assertThat(release.isDownloadable()).isTrue();
        assertThat(release.size()).isEqualTo(1234);
        assertThat(release.sha256()).isEqualTo(FILE.sha256());
        assertThat(release.blobKey()).isEqualTo(FILE.key());
        assertThat(release.fileName()).isEqualTo("setup.exe");
    }

    @Test
    void theFileIsTakenOnceAndOnlyByADraft() {
        Release release = draft();
        release.attachFile(FILE, "setup.exe");
        assertThatThrownBy(() -> release.attachFile(FILE, "other.exe"))
                .isInstanceOf(ConflictException.class)
                .extracting("code")
                .isEqualTo("RELEASE_HAS_FILE");
        release.publish(NOW);
        assertThatThrownBy(() -> release.attachFile(FILE, "other.exe"))
                .extracting("code")
                .isEqualTo("RELEASE_NOT_DRAFT");
        assertThat(release.fileName()).isEqualTo("setup.exe");
    }

    @Test
    void publishedTwiceIsRefused() {
        Release release = published();
        assertThatThrownBy(() -> release.publish(NOW)).extracting("code").isEqualTo("RELEASE_NOT_DRAFT");
    }

    @Test
    void onlyAPublishedReleaseBecomesCurrentOnce() {
        Release release = draft();
        assertThatThrownBy(release::makeCurrent).extracting("code").isEqualTo("RELEASE_NOT_PUBLISHED");
        release.attachFile(FILE, "setup.exe");
        release.publish(NOW);
        assertThat(release.makeCurrent()).isTrue();
        assertThat(release.isCurrent()).isTrue();
        assertThat(release.makeCurrent()).isFalse();
        release.retire();
        assertThat(release.isCurrent()).isFalse();
    }

    @Test
    void yankingWithdrawsItAndItStopsBeingCurrent() {
        Release release = published();
        release.makeCurrent();
        release.yank(NOW.plusSeconds(60));
        assertThat(release.status()).isEqualTo(ReleaseStatus.YANKED);
        assertThat(release.isCurrent()).isFalse();
        assertThat(release.isDownloadable()).isFalse();
        assertThat(release.yankedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(release::makeCurrent).extracting("code").isEqualTo("RELEASE_NOT_PUBLISHED");
        assertThatThrownBy(() -> release.yank(NOW)).extracting("code").isEqualTo("RELEASE_NOT_PUBLISHED");
        assertThatThrownBy(() -> release.publish(NOW)).extracting("code").isEqualTo("RELEASE_NOT_DRAFT");
    }

    @Test
    void aDraftIsNotYanked() {
        assertThatThrownBy(() -> draft().yank(NOW)).extracting("code").isEqualTo("RELEASE_NOT_PUBLISHED");
    }

    @Test
    void theChangelogCanBeRewritten() {
        Release release = published();
        release.rewriteChangelog("Corrige l'impression");
        assertThat(release.changelog()).isEqualTo("Corrige l'impression");
    }

    @Test
    void aDescriptionChecksItsPlatformAndChangelog() {
        ReleaseVersion version = ReleaseVersion.of("version", "1.0");
        assertThat(new ReleaseDescription(version, null, ReleaseChannel.BETA, " ", false).platform())
                .isEqualTo("windows");
        assertThat(new ReleaseDescription(version, null, ReleaseChannel.BETA, " ", false).changelog())
                .isNull();
        assertThatThrownBy(() -> new ReleaseDescription(version, "../win", ReleaseChannel.BETA, null, false))
                .isInstanceOf(InvalidInputException.class)
                .extracting("field")
                .isEqualTo("platform");
        assertThatThrownBy(() -> new ReleaseDescription(
                        version,
                        "windows",
                        ReleaseChannel.BETA,
                        "x".repeat(ReleaseDescription.MAX_CHANGELOG + 1),
                        false))
                .extracting("field")
                .isEqualTo("changelog");
    }

    @Test
    void channelsAndStatusesHaveLowerCaseApiNames() {
        assertThat(ReleaseChannel.BETA.apiName()).isEqualTo("beta");
        assertThat(ReleaseChannel.fromApiName("stable")).isEqualTo(ReleaseChannel.STABLE);
        assertThat(ReleaseChannel.parse(" Beta ")).contains(ReleaseChannel.BETA);
        assertThat(ReleaseChannel.parse("nightly")).isEmpty();
        assertThat(ReleaseChannel.parse(null)).isEmpty();
        assertThat(ReleaseStatus.YANKED.apiName()).isEqualTo("yanked");
        assertThat(ReleaseStatus.fromApiName("draft")).isEqualTo(ReleaseStatus.DRAFT);
    }

    private static Release published() {
        Release release = draft();
        release.attachFile(FILE, "setup.exe");
        release.publish(NOW);
        return release;
    }
}
