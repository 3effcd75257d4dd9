package com.mastertrade.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.shared.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EmailTemplatesTest {

    private final EmailTemplates templates = new EmailTemplates();
    private final Map<String, String> data = Map.of(
            "store", "Boutique Awa", "name", "Kofi", "link", "https://shop.example/reset?token=a$b", "minutes", "30");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyEmailExistsInEveryLanguageWithEveryFieldFilled(Language language) {
        for (EmailType type : EmailType.values()) {
            EmailTemplates.RenderedEmail email = templates.render(type, language, data);
            assertThat(email.subject()).contains("Boutique Awa").doesNotContain("${");
            assertThat(email.body())
                    .contains("Kofi", "https://shop.example/reset?token=a$b")
                    .doesNotContain("${");
        }
    }

    @Test
    void frenchIsFrenchAndEnglishIsEnglish() {
        assertThat(templates.render(EmailType.PASSWORD_RESET, Language.FR, data).subject())
                .contains("réinitialisation");
        assertThat(templates.render(EmailType.PASSWORD_RESET, Language.EN, data).subject())
                .contains("reset your");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void paymentEmailsSayWhatWasBoughtForHowMuchAndTheConfirmationsGiveTheKey(Language language) {
        Map<String, String> order = Map.of(
                "store",
                "Boutique Awa",
                "name",
                "Kofi",
                "product",
                "GestCom Pro",
                "amount",
                "150 000 XOF",
                "order",
                "MT-7K3QX9P2M4TZ8W1C",
                "key",
                "MT-3f0c-key",
                "validity",
                templates.phrase("licence-valid-until", language, Map.of("date", "24/11/2027")),
                "link",
                "https://shop.example/t/awa/downloads?license=7");
        for (EmailType type : new EmailType[] {
            EmailType.PAYMENT_CONFIRMED, EmailType.RENEWAL_CONFIRMED, EmailType.PAYMENT_FAILED, EmailType.REFUND_DONE
        }) {
            EmailTemplates.RenderedEmail email = templates.render(type, language, order);
            assertThat(email.body()).as(type.name()).contains("GestCom Pro", "150 000 XOF", "MT-7K3QX9P2M4TZ8W1C");
        }
        for (EmailType type : new EmailType[] {EmailType.PAYMENT_CONFIRMED, EmailType.RENEWAL_CONFIRMED}) {
            assertThat(templates.render(type, language, order).body())
                    .as(type.name())
                    .contains("MT-3f0c-key", "24/11/2027");
        }
        assertThat(templates.phrase("licence-permanent", language, Map.of())).isNotBlank();
    }
}
