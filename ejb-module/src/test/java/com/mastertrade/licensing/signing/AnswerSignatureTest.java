package com.mastertrade.licensing.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.MastertradeException;
import org.junit.jupiter.api.Test;

class AnswerSignatureTest {

    @Test
    void theHeaderHasTheDocumentedForm() {
        AnswerSignature signature = new AnswerSignature(
                "rsa-20261124-1a2b3c4d", SignatureAlgorithm.RSA_SHA256, new byte[] {(byte) 0xfb, (byte) 0xff, 0x01});

        assertThat(signature.headerValue())
                .isEqualTo("keyid=\"rsa-20261124-1a2b3c4d\", algorithm=\"rsa-sha256\", signature=\"+/8B\"");
    }

    @Test
    void aHeaderReadsBackToWhatWasSigned() {
        AnswerSignature signature =
                new AnswerSignature("ed25519-20261124-00ff00ff", SignatureAlgorithm.ED25519, new byte[64]);

        AnswerSignature read = AnswerSignature.parse(signature.headerValue());

        assertThat(read.kid()).isEqualTo("ed25519-20261124-00ff00ff");
        assertThat(read.algorithm()).isEqualTo(SignatureAlgorithm.ED25519);
        assertThat(read.signature()).isEqualTo(new byte[64]);
        assertThat(AnswerSignature.parse("signature=\"AAAA\",algorithm=ed25519 , keyid=\"k\"")
                        .kid())
                .isEqualTo("k");
    }

    @Test
    void malformedHeadersAreRefused() {
        for (String header : new String[] {
            "",
            "keyid=\"k\"",
            "keyid=\"k\" algorithm=\"rsa-sha256\" signature=\"AA==\"",
            "keyid=\"k\", algorithm=\"rsa-sha1\", signature=\"AA==\"",
            "keyid=\"k\", keyid=\"j\", algorithm=\"rsa-sha256\", signature=\"AA==\"",
            "garbage"
        }) {
            assertThatThrownBy(() -> AnswerSignature.parse(header))
                    .as(header)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aRequestAsksForEd25519OrGetsRsa() {
        assertThat(SignatureAlgorithm.requested(null)).isEqualTo(SignatureAlgorithm.RSA_SHA256);
        assertThat(SignatureAlgorithm.requested(" ")).isEqualTo(SignatureAlgorithm.RSA_SHA256);
        assertThat(SignatureAlgorithm.requested("algorithm=\"ed25519\"")).isEqualTo(SignatureAlgorithm.ED25519);
        assertThat(SignatureAlgorithm.requested("Algorithm=Ed25519")).isEqualTo(SignatureAlgorithm.ED25519);
        assertThat(SignatureAlgorithm.requested("algorithm=\"rsa-sha256\"")).isEqualTo(SignatureAlgorithm.RSA_SHA256);
    }

    @Test
    void anAlgorithmWeDoNotSignWithIs406() {
        for (String header : new String[] {"algorithm=\"hmac-sha256\"", "ed25519", "keyid=\"x\""}) {
            assertThatThrownBy(() -> SignatureAlgorithm.requested(header))
                    .as(header)
                    .isInstanceOfSatisfying(MastertradeException.class, e -> {
                        assertThat(e.status()).isEqualTo(406);
                        assertThat(e.code()).isEqualTo("UNSUPPORTED_SIGNATURE_ALGORITHM");
                    });
        }
        assertThatThrownBy(() -> SignatureAlgorithm.named("rsa-sha1"))
                .isInstanceOfSatisfying(
                        MastertradeException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
