package com.mastertrade.shared.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.MastertradeException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyReaderTest {

    /** A body with a property of every kind the API's bodies have. */
    public record Body(
            String name,
            @MultiLine String description,
            BigDecimal amount,
            Boolean published,
            long count,
            int small,
            List<Price> prices,
            Terms licenseTerms,
            Map<String, String> branding,
            List<String> tags,
            JsonValue nonce) {}

    public record Price(BigDecimal amount, String currency) {}

    public record Terms(String type, BigDecimal durationDays) {}

    public record Names(String thumbnailUrl, String acceptTerms, String renewsLicenseId) {}

    private final JsonBodyReader reader = new JsonBodyReader();

    @Test
    void aWellFormedBodyIsBoundAsJsonBWouldBindIt() throws IOException {
        Body body = read("{\"name\": \"Gestion\", \"description\": \"Deux\\nlignes\\tet\\r\\n\", \"amount\": 22900,"
                + " \"published\": true, \"count\": 3, \"small\": -7,"
                + " \"prices\": [{\"amount\": 100, \"currency\": \"EUR\"}],"
                + " \"license_terms\": {\"type\": \"subscription\", \"duration_days\": 365},"
                + " \"branding\": {\"tagline\": \"Le bon logiciel\"}, \"tags\": [\"a\", \"b\"], \"nonce\": 82734612,"
                + " \"unknown\": {\"deep\": [1, \"x\"]}}");
        assertThat(body.name()).isEqualTo("Gestion");
        assertThat(body.description()).isEqualTo("Deux\nlignes\tet\r\n");
        assertThat(body.amount()).isEqualByComparingTo("22900");
        assertThat(body.count()).isEqualTo(3);
        assertThat(body.small()).isEqualTo(-7);
        assertThat(body.prices()).containsExactly(new Price(new BigDecimal(100), "EUR"));
        assertThat(body.licenseTerms()).isEqualTo(new Terms("subscription", new BigDecimal(365)));
        assertThat(body.branding()).containsEntry("tagline", "Le bon logiciel");
        assertThat(((JsonNumber) body.nonce()).longValue()).isEqualTo(82734612);
    }

    @Test
    void whitespaceAfterTheValueIsFineAndABlankBodyIsNoBody() throws IOException {
        assertThat(read("{\"name\": \"a\"}  \r\n\t ").name()).isEqualTo("a");
        assertThat(read("")).isNull();
        assertThat(read(" \n ")).isNull();
        assertThat(read("null")).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\": \"a\"}xyz",
                "{\"a\": 1}{\"b\": 2}",
                "{\"name\": \"a\"} ,",
                "{\"name\": \"a\"}}",
                "{\"name\": \"a\"} null",
                "{\"name\": \"a\"",
                "{\"name\": ",
                "xyz",
                "[]",
                "\"a string\"",
                "{\"name\": \"a\u0000b\"}",
            })
    void aBodyThatIsNotExactlyOneJsonObjectIsMalformed(String json) {
        assertRefused(json)
                .isExactlyInstanceOf(MastertradeException.class)
                .extracting("status", "code")
                .containsExactly(400, "MALFORMED_JSON");
    }

    @Test
    void malformedSyntaxWinsOverAWrongFieldBeforeIt() {
        assertRefused("{\"name\": 12}xyz").extracting("code").isEqualTo("MALFORMED_JSON");
        assertRefused("{\"name\": \"\\u0000\", \"amount\": }")
                .extracting("code")
                .isEqualTo("MALFORMED_JSON");
    }

    @Test
    void controlCharactersAreRefusedInValuesKeysAndNestedListsWithTheField() {
        assertField("{\"name\": \"a\\u0000b\"}", "name", "name holds a control character");
        assertField("{\"name\": \"\\u001b[31m\"}", "name", "name holds a control character");
        assertField("{\"name\": \"a\\u007f\"}", "name", "name holds a control character");
        assertField("{\"name\": \"next\\u0085line\"}", "name", "name holds a control character");
        assertField(
                "{\"na\\u0000me\": \"x\"}", "na\\u0000me", "A property name holds a control character: na\\u0000me");
        assertField("{\"prices\": [{\"amount\": 1, \"currency\": \"EU\\u0000\"}]}", "prices[0].currency", null);
        assertField("{\"tags\": [\"ok\", \"b\\u0001\"]}", "tags[1]", null);
        assertField("{\"branding\": {\"tagline\": \"\\u0000\"}}", "branding.tagline", null);
        assertField("{\"branding\": {\"x\\ny\": \"z\"}}", "branding.x\\u000ay", null);
        assertField("{\"unknown\": {\"deep\": [1, \"\\u0000\"]}}", "unknown.deep[1]", null);
        assertField("{\"nonce\": \"\\u0000\"}", "nonce", null);
    }

    @Test
    void tabsAndLineBreaksAreTextOnlyInMultiLineFields() throws IOException {
        assertThat(read("{\"description\": \"a\\r\\n\\tb\"}").description()).isEqualTo("a\r\n\tb");
        assertField("{\"description\": \"a\\u0000b\"}", "description", null);
        assertField("{\"description\": \"a\\u000bb\"}", "description", null);
        assertField("{\"name\": \"two\\nlines\"}", "name", null);
        assertField("{\"name\": \"a\\tb\"}", "name", null);
        assertField("{\"licenseTerms\": {}, \"license_terms\": {\"type\": \"a\\nb\"}}", "license_terms.type", null);
    }

    @Test
    void aNumberBooleanListOrObjectWhereTextIsExpectedIsRefused() {
        assertField("{\"name\": 12}", "name", "name must be a string");
        assertField("{\"name\": 1e400}", "name", "name must be a string");
        assertField("{\"name\": true}", "name", "name must be a string");
        assertField("{\"name\": {\"first\": \"x\"}}", "name", "name must be a string");
        assertField("{\"name\": [\"x\"]}", "name", "name must be a string");
        assertField("{\"tags\": [\"a\", 2]}", "tags[1]", "tags[1] must be a string");
        assertField("{\"branding\": {\"tagline\": 1}}", "branding.tagline", "branding.tagline must be a string");
        assertField("{\"prices\": [{\"amount\": 1, \"currency\": 978}]}", "prices[0].currency", null);
    }

    @Test
    void textOrBooleansWhereNumbersAreExpectedAndTheOtherWayRoundAreRefused() {
        assertField("{\"amount\": \"12\"}", "amount", "amount must be a number");
        assertField("{\"amount\": true}", "amount", "amount must be a number");
        assertField("{\"count\": \"3\"}", "count", "count must be a whole number");
        assertField("{\"published\": \"true\"}", "published", "published must be true or false");
        assertField("{\"published\": 1}", "published", "published must be true or false");
        assertField("{\"prices\": {\"amount\": 1}}", "prices", "prices must be a list");
        assertField("{\"prices\": [\"EUR\"]}", "prices[0]", "prices[0] must be an object");
        assertField("{\"license_terms\": \"yearly\"}", "license_terms", "license_terms must be an object");
        assertField("{\"license_terms\": {\"duration_days\": \"365\"}}", "license_terms.duration_days", null);
        assertField("{\"branding\": [\"x\"]}", "branding", "branding must be an object");
        assertField("{\"count\": null}", "count", "count must be a whole number");
    }

    @Test
    void wholeNumbersMustBeWholeAndFitTheirType() {
        assertField("{\"count\": 12.5}", "count", "count must be a whole number");
        assertField("{\"small\": 4294967326}", "small", "small is too large");
        assertField("{\"count\": 9223372036854775808}", "count", "count is too large");
        assertField("{\"count\": 1e400}", "count", "count is too large");
        assertField("{\"count\": 1e2147483647}", "count", "count is too large");
    }

    @Test
    void hugeExponentsAreRefusedOrLeftToTheFieldsOwnCheckNeverAnError() throws IOException {
        assertThat(read("{\"amount\": 1e400}").amount()).isEqualByComparingTo("1e400");
        assertThatThrownBy(() ->
                        WholeNumbers.whole("amount", read("{\"amount\": 1e400}").amount()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("amount is too large");
        assertThatThrownBy(() -> WholeNumbers.whole(
                        "amount", read("{\"amount\": 1e2147483647}").amount()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("amount is too large");
        assertField("{\"amount\": 1e2147483648}", "amount", "amount is too large");
        assertField("{\"amount\": -1e-2147483649}", "amount", "amount is too large");
    }

    @Test
    void theFirstRefusedFieldOfTheBodyIsNamed() {
        assertField("{\"name\": 1, \"amount\": \"x\"}", "name", null);
        assertField("{\"amount\": \"x\", \"name\": \"\\u0000\"}", "amount", null);
    }

    @Test
    void deepNestingIsMalformedWithoutExhaustingTheStack() {
        String nested =
                "{\"nonce\": " + "[".repeat(JsonBodyCheck.MAX_DEPTH) + "]".repeat(JsonBodyCheck.MAX_DEPTH) + "}";
        assertRefused(nested).extracting("code").isEqualTo("MALFORMED_JSON");
        String shallowEnough = "{\"nonce\": " + "[".repeat(JsonBodyCheck.MAX_DEPTH - 1)
                + "]".repeat(JsonBodyCheck.MAX_DEPTH - 1) + "}";
        assertThatNoRefusal(shallowEnough);
        String megabyte = "{\"nonce\": " + "[".repeat(500_000) + "]".repeat(500_000) + "}";
        assertRefused(megabyte).extracting("code").isEqualTo("MALFORMED_JSON");
    }

    @Test
    void bytesTextAndJsonValuesAreLeftToJaxRs() {
        assertThat(readable(Body.class, MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(readable(Body.class, new MediaType("application", "merge-patch+json")))
                .isTrue();
        assertThat(readable(Body.class, MediaType.TEXT_PLAIN_TYPE)).isFalse();
        assertThat(readable(byte[].class, MediaType.APPLICATION_JSON_TYPE)).isFalse();
        assertThat(readable(String.class, MediaType.APPLICATION_JSON_TYPE)).isFalse();
        assertThat(readable(InputStream.class, MediaType.APPLICATION_JSON_TYPE)).isFalse();
        assertThat(readable(JsonObject.class, MediaType.APPLICATION_JSON_TYPE)).isFalse();
    }

    @Test
    void propertyNamesAreJsonBsSnakeCase() {
        String written = JsonConfig.JSONB.toJson(new Names(null, null, null));
        assertThat(written)
                .contains("\"thumbnail_url\"")
                .contains("\"accept_terms\"")
                .contains("\"renews_license_id\"");
        assertThatThrownBy(() -> reader.readFrom(
                        Object.class,
                        Names.class,
                        new Annotation[0],
                        MediaType.APPLICATION_JSON_TYPE,
                        null,
                        body("{\"thumbnail_url\": 1}")))
                .isInstanceOf(InvalidInputException.class)
                .extracting("field")
                .isEqualTo("thumbnail_url");
    }

    private boolean readable(Class<?> type, MediaType mediaType) {
        return reader.isReadable(type, type, new Annotation[0], mediaType);
    }

    private Body read(String json) throws IOException {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Object> type = (Class) Body.class;
        return (Body)
                reader.readFrom(type, Body.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null, body(json));
    }

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private void assertThatNoRefusal(String json) {
        try {
            read(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String json) {
        return assertThatThrownBy(() -> read(json)).isInstanceOf(MastertradeException.class);
    }

    private void assertField(String json, String field, String message) {
        Throwable refused = catchThrowable(() -> read(json));
        assertThat(refused).as(json).isInstanceOf(InvalidInputException.class);
        InvalidInputException invalid = (InvalidInputException) refused;
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(invalid.field()).as(json).isEqualTo(field);
        if (message != null) {
            assertThat(invalid.getMessage()).isEqualTo(message);
        }
    }
}
