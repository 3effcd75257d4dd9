package com.mastertrade.payment.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.payment.InvalidWebhookException;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.shared.MastertradeException;
import com.mastertrade.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProviderAnswersTest {

    @Test
    void aRejectionSaysWhatTheProviderSaidButNoKeyItEchoes() {
        ProviderAnswer answer = new ProviderAnswer(PaymentProvider.FLUTTERWAVE, 401, """
                {"status": "error", "message": "Invalid key FLWSECK_TEST-9b1f0d2e3c4a5b6c7d8e9f00112233aa-X"}""");

        assertThat(answer.rejected())
                .hasMessage("Flutterwave refused the request (HTTP 401): Invalid key [redacted]")
                .extracting(e -> ((MastertradeException) e).status())
                .isEqualTo(502);
    }

    @Test
    void paypalsIssueCodesStay() {
        ProviderAnswer answer = new ProviderAnswer(PaymentProvider.PAYPAL, 422, """
                {"name": "UNPROCESSABLE_ENTITY", "message": "The requested action could not be performed.",
                 "details": [{"issue": "PAYEE_ACCOUNT_RESTRICTED", "description": "The merchant account is restricted."}]}""");

        assertThat(answer.rejected())
                .hasMessage("PayPal refused the request (HTTP 422): The requested action could"
                        + " not be performed. (PAYEE_ACCOUNT_RESTRICTED)");
    }

    @Test
    void anAnswerThatIsNotJsonIsNoAnswer() {
        ProviderAnswer answer = new ProviderAnswer(PaymentProvider.ORANGEMONEY, 200, "<html>maintenance</html>");

        assertThatThrownBy(answer::successJson)
                .isInstanceOf(MastertradeException.class)
                .hasMessageContaining("no JSON object");
        assertThat(new ProviderAnswer(PaymentProvider.ORANGEMONEY, 403, "<html>Forbidden</html>").rejected())
                .hasMessage("Orange Money refused the request (HTTP 403)");
    }

    @Test
    void majorUnitsFollowTheCurrencysDigits() {
        assertThat(MajorUnits.text(new Money(4990, "EUR"))).isEqualTo("49.90");
        assertThat(MajorUnits.text(new Money(15000, "XOF"))).isEqualTo("15000");
        assertThat(MajorUnits.money("49.90", "EUR")).isEqualTo(new Money(4990, "EUR"));
        assertThat(MajorUnits.money(new BigDecimal("15000"), "xof")).isEqualTo(new Money(15000, "XOF"));
    }

    @Test
    void anAmountWithMoreDigitsThanItsCurrencyOrInAnotherCurrencyIsNoAmount() {
        assertThatThrownBy(() -> MajorUnits.money("49.905", "EUR")).isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> MajorUnits.money("15000.5", "XOF")).isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> MajorUnits.money("1000", "NGN")).isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> MajorUnits.money("-5.00", "EUR")).isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> MajorUnits.money("five", "EUR")).isInstanceOf(InvalidWebhookException.class);
    }
}
