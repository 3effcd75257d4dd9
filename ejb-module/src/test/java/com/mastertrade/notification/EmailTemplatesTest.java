package com.mastertrade.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.shared.Language;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class EmailTemplatesTest {

    private final EmailTemplates templates = new EmailTemplates();
    private final Map<String, String> data = Map.of("store", "Boutique Awa", "name", "Kofi",
            "link", "https://shop.example/reset?token=a$b", "minutes", "30");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyEmailExistsInEveryLanguageWithEveryFieldFilled(Language language) {
        for (EmailType type : EmailType.values()) {
            EmailTemplates.RenderedEmail email = templates.render(type, language, data);
            assertThat(email.subject()).contains("Boutique Awa").doesNotContain("${");
            assertThat(email.body()).contains("Kofi", "https://shop.example/reset?token=a$b").doesNotContain("${");
        }
    }

    @Test
    void frenchIsFrenchAndEnglishIsEnglish() {
        assertThat(templates.render(EmailType.PASSWORD_RESET, Language.FR, data).subject())
                .contains("réinitialisation");
        assertThat(templates.render(EmailType.PASSWORD_RESET, Language.EN, data).subject()).contains("reset your");
    }
}
