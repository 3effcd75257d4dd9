import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds the licence benchmark through the public API: opens STORES stores, gives each a product and its share of
 * LICENSES licences, validates each licence once from its own device (which activates it), and writes the wrk
 * script that validates random licences of every store. Run with the JDK's source launcher:
 *
 *   java bench/LicenseSeed.java BASE_URL STORES LICENSES OPERATOR_EMAIL OPERATOR_PASSWORD OUTPUT.lua
 */
public class LicenseSeed {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Semaphore IN_FLIGHT = new Semaphore(16);
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        int stores = Integer.parseInt(args[1]);
        int licenses = Integer.parseInt(args[2]);
        String operator =
                field(post("/operator/api/auth/login", json("email", args[3], "password", args[4]), null), "token");
        long run = System.currentTimeMillis() / 1000;
        List<String> keys = new ArrayList<>();
        for (int s = 1; s <= stores; s++) {
            String slug = "lic-" + run + "-" + s;
            String admin = "admin@" + slug + ".test";
            post(
                    "/operator/api/tenants",
                    "{\"slug\":\"" + slug + "\",\"name\":\"Licence bench " + s + "\",\"admin\":"
                            + json("email", admin, "password", "bench-password-2026") + "}",
                    operator);
            String token = field(
                    post(
                            "/t/" + slug + "/api/auth/login",
                            json("email", admin, "password", "bench-password-2026"),
                            null),
                    "token");
            String product = field(
                    post(
                            "/t/" + slug + "/api/admin/products",
                            "{\"sku\":\"BENCH\",\"name\":\"Bench\","
                                    + "\"prices\":[{\"amount\":15000,\"currency\":\"XOF\"}],\"license_terms\":{\"type\":\"subscription\","
                                    + "\"duration_days\":365,\"max_activations\":3},\"published\":true}",
                            token),
                    "id");
            int share = licenses / stores + (s <= licenses % stores ? 1 : 0);
            List<CompletableFuture<String>> issued = new ArrayList<>();
            for (int i = 0; i < share; i++) {
                issued.add(postAsync("/t/" + slug + "/api/admin/licenses", "{\"product_id\":" + product + "}", token)
                        .thenApply(body -> field(body, "key")));
            }
            for (CompletableFuture<String> key : issued) {
                keys.add(key.join());
            }
            System.out.printf("store %s: %d licences%n", slug, share);
        }
        List<CompletableFuture<String>> activations = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            activations.add(postAsync("/api/license/validate", validation(keys.get(i), i), null));
        }
        long valid = activations.stream()
                .map(CompletableFuture::join)
                .filter(b -> b.contains("\"code\":\"VALID\""))
                .count();
        if (valid != keys.size()) {
            throw new IllegalStateException(valid + " of " + keys.size() + " licences validate");
        }
        StringBuilder lua = new StringBuilder("local keys = {\n");
        keys.forEach(key -> lua.append("  \"").append(key).append("\",\n"));
        lua.append("}\n").append("""
                local accept = os.getenv("MT_BENCH_SIGNATURE") == "ed25519" and 'algorithm="ed25519"' or nil
                request = function()
                  local i = math.random(#keys)
                  local body = string.format('{"key":"%s","device_id":"bench-device-%d","nonce":%d}',
                    keys[i], i - 1, math.random(1, 2147483647))
                  return wrk.format("POST", "/api/license/validate",
                    {["Content-Type"] = "application/json", ["Mastertrade-Accept-Signature"] = accept}, body)
                end
                """);
        Files.writeString(Path.of(args[5]), lua);
        System.out.printf("%d licences in %d stores, each validated once from its device%n", keys.size(), stores);
    }

    static String validation(String key, int device) {
        return "{\"key\":\"" + key + "\",\"device_id\":\"bench-device-" + device + "\",\"nonce\":1}";
    }

    static String json(String k1, String v1, String k2, String v2) {
        return "{\"" + k1 + "\":\"" + v1 + "\",\"" + k2 + "\":\"" + v2 + "\"}";
    }

    static String field(String body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + body);
        }
        return m.group(1);
    }

    static String post(String path, String body, String token) {
        return postAsync(path, body, token).join();
    }

    static CompletableFuture<String> postAsync(String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        IN_FLIGHT.acquireUninterruptibly();
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .whenComplete((r, e) -> IN_FLIGHT.release())
                .thenApply(response -> {
                    if (response.statusCode() / 100 != 2) {
                        throw new IllegalStateException(
                                path + " answered " + response.statusCode() + ": " + response.body());
                    }
                    return response.body();
                });
    }
}
