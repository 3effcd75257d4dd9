package com.mastertrade.payment.http;

import com.mastertrade.payment.InvalidWebhookException;
import com.mastertrade.payment.PaymentProvider;
import com.mastertrade.payment.ProviderUnavailableException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sends requests to one provider with a connect and a read timeout, and sorts the answers: a provider that cannot
 * be reached, is too slow, answers 5xx or 429 is unavailable (worth retrying later); anything else is returned.
 */
public final class ProviderHttp {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private static final Logger LOG = Logger.getLogger(ProviderHttp.class.getName());
    private static final int TOO_MANY_REQUESTS = 429;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,99}");

    private final PaymentProvider provider;
    private final HttpClient client;
    private final Duration readTimeout;

    public ProviderHttp(PaymentProvider provider) {
        this(provider, READ_TIMEOUT);
    }

    public ProviderHttp(PaymentProvider provider, Duration readTimeout) {
        this.provider = provider;
        this.readTimeout = readTimeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The base may end with a slash or not, and carry a path of its own ({@code http://127.0.0.1:18089/paypal}). */
    public static URI url(URI base, String path) {
        return URI.create(base.toString().replaceAll("/+$", "") + path);
    }

    public static HttpRequest.Builder request(URI base, String path) {
        return HttpRequest.newBuilder(url(base, path)).header("Accept", "application/json");
    }

    public static HttpRequest.Builder postJson(URI base, String path, JsonObject body) {
        return request(base, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }

    public static HttpRequest.Builder postForm(URI base, String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return request(base, path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.US_ASCII));
    }

    /** An id taken from a notification, checked before it goes into a URL path. */
    public static String pathSegment(String id) {
        if (id == null || !IDENTIFIER.matcher(id).matches()) {
            throw new InvalidWebhookException("The notification names no valid provider identifier");
        }
        return id;
    }

    public static String basicAuthorization(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /**
     * Sends one request within the read timeout.
     *
     * @throws ProviderUnavailableException when the provider is unreachable, too slow, or answers 5xx or 429
     */
    public ProviderAnswer send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(readTimeout).build();
        String call = built.method() + " " + built.uri().getPath();
        HttpResponse<String> response;
        try {
            response = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw unavailable(call, "did not answer within " + readTimeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw unavailable(call, "could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(call, "was interrupted", e);
        }
        int status = response.statusCode();
        if (status >= 500 || status == TOO_MANY_REQUESTS) {
            throw unavailable(call, "answered HTTP " + status, null);
        }
        return new ProviderAnswer(provider, status, response.body());
    }

    private ProviderUnavailableException unavailable(String call, String what, Throwable cause) {
        String message = displayName(provider) + " " + what;
        LOG.warning(() -> message + " (" + call + ")");
        return new ProviderUnavailableException(message, cause);
    }

    public static String displayName(PaymentProvider provider) {
        return switch (provider) {
            case STRIPE -> "Stripe";
            case PAYPAL -> "PayPal";
            case FLUTTERWAVE -> "Flutterwave";
            case ORANGEMONEY -> "Orange Money";
            case SANDBOX -> "Sandbox";
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
