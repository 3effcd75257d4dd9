import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.io.FileReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * Checks that every answer body of vectors.json is, byte for byte, what the server's JSON-B writes: each body is
 * read into the server's record and written again with the server's configuration (JsonConfig: snake_case,
 * nulls written), and must come out unchanged (names in the same order, the same nulls, the same instants);
 * {@code ts} must be in whole seconds, as the server truncates it.
 * Run with the JSON-B of the Payara the server runs on (read only, nothing is started):
 *
 * <pre>
 * M=&lt;payara6&gt;/glassfish/modules
 * java -cp "$M/yasson.jar:$M/jakarta.json.bind-api.jar:$M/jakarta.json.jar" JsonbRoundTrip.java vectors.json
 * </pre>
 */
public class JsonbRoundTrip {

    // The components of web-module LicenseApiMessages.Answer / Activations / Beat and of ErrorBody, in order.
    public record Answer(boolean valid, String code, boolean allowed, String status, String type, Instant expiry,
            Activations activations, String key, String product, String deviceId, JsonValue nonce, Instant ts) {
    }

    public record Activations(int used, int max) {
    }

    public record Beat(boolean ok, long nextHeartbeatIn, JsonValue nonce, Instant ts) {
    }

    public record ErrorBody(Detail error) {
    }

    public record Detail(String code, String message, String field, String requestId) {
    }

    public static void main(String[] args) throws Exception {
        Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
                .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
                .withNullValues(true));
        JsonObject vectors;
        try (JsonReader reader = Json.createReader(new FileReader(args[0], StandardCharsets.UTF_8))) {
            vectors = reader.readObject();
        }
        int failed = 0;
        for (JsonValue entry : vectors.getJsonArray("answers")) {
            JsonObject answer = entry.asJsonObject();
            byte[] body = Base64.getDecoder().decode(answer.getString("body_b64"));
            String text = new String(body, StandardCharsets.UTF_8);
            Class<?> type = text.startsWith("{\"error\"") ? ErrorBody.class
                    : text.contains("\"next_heartbeat_in\"") ? Beat.class : Answer.class;
            Object read = jsonb.fromJson(text, type);
            byte[] again = jsonb.toJson(read).getBytes(StandardCharsets.UTF_8);
            // The server truncates ts to whole seconds before writing it (LicenseApiMessages.seconds).
            Instant ts = read instanceof Answer verdict ? verdict.ts() : read instanceof Beat beat ? beat.ts() : null;
            boolean same = Arrays.equals(body, again) && (ts == null || ts.getNano() == 0);
            failed += same ? 0 : 1;
            System.out.println((same ? "same  " : "DIFFERS ") + answer.getString("name")
                    + (same ? "" : "\n  vector: " + text + "\n  JSON-B: " + new String(again, StandardCharsets.UTF_8)));
        }
        System.out.println(failed == 0 ? "every body is the server's JSON-B output" : failed + " bodies differ");
        System.exit(failed == 0 ? 0 : 1);
    }
}
