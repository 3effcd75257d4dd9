package com.mastertrade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirstOperatorPasswordTest {

    @Test
    void aDemoFallsBackOnThePublishedDemoPassword() {
        assertThat(FirstOperatorPassword.choose(true, Optional.empty())).isEqualTo("operator-demo-2026");
        assertThat(FirstOperatorPassword.choose(true, Optional.of("  "))).isEqualTo("operator-demo-2026");
    }

    @Test
    void aDemoTakesAPasswordOfItsOwnWhenGivenOne() {
        assertThat(FirstOperatorPassword.choose(true, Optional.of("our-own-secret-42")))
                .isEqualTo("our-own-secret-42");
    }

    @Test
    void anyOtherStartWithoutAPasswordIsRefusedAndSaysWhatToSet() {
        for (Optional<String> missing : List.of(Optional.<String>empty(), Optional.of(""), Optional.of(" "))) {
            assertThatThrownBy(() -> FirstOperatorPassword.choose(false, missing))
                    .isInstanceOf(FirstOperatorPassword.StartupRefused.class)
                    .hasMessageContaining("does not start")
                    .hasMessageContaining("MT_OPERATOR_PASSWORD");
        }
    }

    @Test
    void anyOtherStartRefusesEveryPublishedDemoPassword() {
        for (String published :
                new String[] {"operator-demo-2026", "demo-admin-2026", "demo-client-2026", " operator-demo-2026\n"}) {
            assertThatThrownBy(() -> FirstOperatorPassword.choose(false, Optional.of(published)))
                    .as(published)
                    .isInstanceOf(FirstOperatorPassword.StartupRefused.class)
                    .hasMessageContaining("published");
        }
    }

    @Test
    void anyOtherStartTakesThePasswordOfItsOwn() {
        assertThat(FirstOperatorPassword.choose(false, Optional.of("Tr0ub4dor&3-horse")))
                .isEqualTo("Tr0ub4dor&3-horse");
    }
}
