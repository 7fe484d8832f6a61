package io.pgdrift.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pgdrift.PgdriftException;
import io.pgdrift.Redaction;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Linear's GraphQL API over {@link HttpClient}: one endpoint, JSON in and out, and the retry rules of
 * API-NOTES §7/§8 — network errors, 5xx, {@code RATELIMITED} (wait for the reset headers) and lock timeouts are
 * retried with backoff; everything else fails at once as a {@link LinearException}.
 *
 * <p>The credential lives only in the {@code Authorization} header: it is never logged, never part of an
 * exception and never shown by {@link #toString()}.
 */
public final class LinearClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Headers {@link HttpClient} sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect", "host",
            "upgrade");
    private static final String[] RATE_LIMIT_BUCKETS = {"Requests", "Complexity", "Endpoint-Requests"};

    private final URI apiUrl;
    private final String credential;
    private final HttpClient http;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Random random;
    private final Logger log;

    private LinearClient(Builder b) {
        this.apiUrl = b.apiUrl;
        this.credential = b.apiKey;
        this.policy = b.policy;
        this.sleeper = b.sleeper;
        this.clock = b.clock;
        this.random = b.random;
        this.log = b.logger;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static Builder builder(URI apiUrl, String apiKey) {
        return new Builder(apiUrl, apiKey);
    }

    /** A client with the default retry policy, real time and the class logger. */
    public static LinearClient create(LinearSettings settings) {
        return builder(settings.apiUrl(), settings.apiKey()).build();
    }

    /**
     * A personal key ({@code lin_api_…}) goes bare into {@code Authorization}; an OAuth token
     * ({@code lin_oauth_…}) gets {@code Bearer } in front (API-NOTES §1).
     */
    static String authorizationHeader(String key) {
        if (key.startsWith("Bearer ") || !key.startsWith("lin_oauth_")) {
            return key;
        }
        return "Bearer " + key;
    }

    public URI apiUrl() {
        return apiUrl;
    }

    Clock clock() {
        return clock;
    }

    Logger log() {
        return log;
    }

    /** Runs a read-only operation, retried on transient failures; returns its {@code data}. */
    JsonNode query(String operation, String document, Map<String, Object> variables) {
        return withRetries(operation, () -> once(operation, document, variables), null);
    }

    /**
     * Runs a mutation. When an attempt may have been applied although its answer was lost (timeout, 5xx,
     * dropped connection), {@code landed} is asked before the next attempt whether the effect is already there;
     * its answer, when present, is returned instead of repeating the mutation.
     */
    JsonNode mutate(String operation, String document, Map<String, Object> variables, Recheck landed) {
        return withRetries(operation, () -> once(operation, document, variables), landed);
    }

    /** One attempt, no retries: for rechecks inside another call's retry loop. */
    JsonNode once(String operation, String document, Map<String, Object> variables) {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", document);
        body.put("operationName", operation);
        body.set("variables", JSON.valueToTree(variables));
        HttpRequest request = HttpRequest.newBuilder(apiUrl)
                .timeout(policy.requestTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("User-Agent", "pgdrift")
                .header("Authorization", authorizationHeader(credential))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)))
                .build();
        HttpResponse<String> response = send(request);
        return graphQlData(operation, response);
    }

    /** A signed upload slot from {@code fileUpload}: where to PUT, the headers to send, where the file will be. */
    record UploadSlot(URI uploadUrl, String assetUrl, Map<String, String> headers) {
        UploadSlot {
            headers = Map.copyOf(headers);
        }
    }

    /**
     * Uploads a file and returns its asset URL. Every attempt asks {@code slots} for a <em>new</em> slot before
     * its PUT: a signed URL may have expired by the time a retry comes, so a failed PUT is never repeated
     * against the same one.
     */
    String upload(Supplier<UploadSlot> slots, String contentType, byte[] content) {
        return withRetries("upload", () -> {
            UploadSlot slot = slots.get();
            put(slot, contentType, content);
            return slot.assetUrl();
        }, null);
    }

    /**
     * One PUT of the bytes to a slot's signed storage URL, with every header {@code fileUpload} returned
     * (API-NOTES §6). The storage URL is not Linear's API: no credential goes there. Refusals count as transient
     * (a fresh slot may succeed: the signature may have expired), so the retries end in a clear message.
     */
    void put(UploadSlot slot, String contentType, byte[] content) {
        HttpRequest.Builder put = HttpRequest.newBuilder(slot.uploadUrl())
                .timeout(policy.requestTimeout())
                .header("Content-Type", contentType)
                .header("Cache-Control", "public, max-age=31536000")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        slot.headers().forEach((name, value) -> {
            if (RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                log.debug("Linear upload: header {} is set by the HTTP client itself", name);
            } else {
                put.setHeader(name, value);
            }
        });
        int status = send(put.build()).statusCode();
        if (status >= 300) {
            throw new TransientFailure("the upload was answered with HTTP " + status
                    + (status == 403 ? " (the signed upload headers were not accepted, or the signature expired)" : ""),
                    null, false, null, null);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw TransientFailure.ambiguous("no answer within " + policy.requestTimeout().toMillis() + " ms", e);
        } catch (ConnectException e) {
            URI uri = request.uri();
            throw new TransientFailure("cannot connect to " + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + " (" + e.getClass().getSimpleName() + ")", null, false, null, e);
        } catch (IOException e) {
            throw TransientFailure.ambiguous("connection failed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgdriftException("Linear: interrupted while waiting for " + request.uri().getHost(), e);
        }
    }

    private JsonNode graphQlData(String operation, HttpResponse<String> response) {
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        JsonNode errors = body == null ? null : body.get("errors");
        if (errors != null && errors.isArray() && !errors.isEmpty()) {
            throw classify(status, errors.get(0), response.headers());
        }
        if (status >= 500 || status == 408) {
            throw TransientFailure.ambiguous("HTTP " + status, null);
        }
        if (status == 429) {
            throw new TransientFailure("rate limited (HTTP 429)", "RATELIMITED", false, rateLimitWait(response.headers()),
                    null);
        }
        if (status >= 300 || body == null) {
            throw LinearException.of("HTTP " + status + " from " + apiUrl + " is not a GraphQL answer"
                    + " — check linear.apiUrl", null);
        }
        JsonNode data = body.get("data");
        if (data == null || data.isNull()) {
            throw LinearException.of(operation + " returned no data", null);
        }
        return data;
    }

    private RuntimeException classify(int status, JsonNode error, HttpHeaders headers) {
        JsonNode ext = error.path("extensions");
        String code = text(ext, "code");
        String type = text(ext, "type");
        String message = firstNonBlank(text(ext, "userPresentableMessage"), text(error, "message"), "error");
        String label = code != null ? code : type;
        LinearError kind = LinearError.of(status, error);
        return switch (kind) {
            case RATE_LIMITED -> new TransientFailure("rate limited: " + message, "RATELIMITED", false,
                    rateLimitWait(headers), null);
            case TRANSIENT -> new TransientFailure((type == null ? "" : type + ", ") + "HTTP " + status + ": "
                    + message, label, true, null, null);
            case ALREADY_EXISTS, NOT_FOUND, INVALID_INPUT, AUTHENTICATION, FORBIDDEN, OTHER -> new LinearException(
                    Redaction.text("Linear: " + message + (label == null ? "" : " (" + label + ")"), credential),
                    label, kind, null);
        };
    }

    /**
     * How long a rate limit asks us to wait: until the reset (UTC epoch millis) of each exhausted bucket, or of
     * any bucket when none says it is exhausted, and at least {@code Retry-After}; capped by the policy.
     */
    Duration rateLimitWait(HttpHeaders headers) {
        long now = clock.millis();
        long exhausted = Long.MIN_VALUE;
        long any = Long.MIN_VALUE;
        for (String bucket : RATE_LIMIT_BUCKETS) {
            OptionalLong reset = number(headers, "X-RateLimit-" + bucket + "-Reset");
            if (reset.isEmpty()) {
                continue;
            }
            long wait = reset.getAsLong() - now;
            any = Math.max(any, wait);
            OptionalLong remaining = number(headers, "X-RateLimit-" + bucket + "-Remaining");
            if (remaining.isEmpty() || remaining.getAsLong() <= 0) {
                exhausted = Math.max(exhausted, wait);
            }
        }
        long wait = exhausted != Long.MIN_VALUE ? exhausted : any;
        OptionalLong retryAfter = number(headers, "Retry-After");
        if (retryAfter.isPresent()) {
            wait = Math.max(wait, retryAfter.getAsLong() * 1000);
        }
        if (wait == Long.MIN_VALUE) {
            return null; // no hint: exponential backoff
        }
        long floor = policy.initialBackoff().toMillis();
        return Duration.ofMillis(Math.min(Math.max(wait, floor), policy.maxRateLimitWait().toMillis()));
    }

    private <T> T withRetries(String operation, Attempt<T> attempt, Recheck landed) {
        Instant deadline = clock.instant().plus(policy.totalBudget());
        TransientFailure last = null;
        boolean mayHaveLanded = false;
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                if (mayHaveLanded && landed != null) {
                    Optional<JsonNode> found = landed.find();
                    if (found.isPresent()) {
                        log.info("Linear {}: the earlier attempt had been applied; not repeating it", operation);
                        @SuppressWarnings("unchecked")
                        T result = (T) found.get();
                        return result;
                    }
                    mayHaveLanded = false;
                }
                return attempt.run();
            } catch (TransientFailure failure) {
                last = failure;
                mayHaveLanded |= failure.ambiguous;
                if (attempts >= policy.maxAttempts()) {
                    break;
                }
                Duration wait = failure.rateLimitWait != null ? failure.rateLimitWait
                        : policy.backoff(attempts, random.nextDouble());
                if (clock.instant().plus(wait).isAfter(deadline)) {
                    log.debug("Linear {}: waiting {} ms would exceed the retry budget", operation, wait.toMillis());
                    break;
                }
                log.debug("Linear {}: attempt {} failed ({}); retrying in {} ms", operation, attempts,
                        failure.getMessage(), wait.toMillis());
                pause(wait);
            }
        }
        String code = last.code == null ? "" : " (" + last.code + ")";
        String hint = "RATELIMITED".equals(last.code) ? "the key's rate limit did not reset in time; run again later"
                : "check that " + apiUrl.getHost() + " is reachable";
        throw new LinearException(Redaction.text("Linear: " + operation + " failed after " + attempts + " attempt"
                + (attempts == 1 ? "" : "s") + ", last: " + last.getMessage() + code + " — " + hint, credential),
                last.code, "RATELIMITED".equals(last.code) ? LinearError.RATE_LIMITED : LinearError.TRANSIENT,
                last.getCause());
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgdriftException("Linear: interrupted while waiting to retry", e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a GraphQL request", e);
        }
    }

    private static OptionalLong number(HttpHeaders headers, String name) {
        Optional<String> value = headers.firstValue(name);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of((long) Double.parseDouble(value.get().trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "LinearClient[" + apiUrl + "]";
    }

    /** One try of a call; throws {@link TransientFailure} when another try may succeed. */
    @FunctionalInterface
    interface Attempt<T> {
        T run();
    }

    /** Asks Linear whether a mutation whose answer was lost took effect; empty when it did not. */
    @FunctionalInterface
    interface Recheck {
        Optional<JsonNode> find();
    }

    /** A failure another attempt may cure. {@code ambiguous}: the request may have been applied. */
    static final class TransientFailure extends RuntimeException {
        final String code;
        final boolean ambiguous;
        final Duration rateLimitWait;

        TransientFailure(String message, String code, boolean ambiguous, Duration rateLimitWait, Throwable cause) {
            super(message, cause, false, false);
            this.code = code;
            this.ambiguous = ambiguous;
            this.rateLimitWait = rateLimitWait;
        }

        static TransientFailure ambiguous(String message, Throwable cause) {
            return new TransientFailure(message, null, true, null, cause);
        }
    }

    /** Options for tests and for callers that need other limits. */
    public static final class Builder {
        private final URI apiUrl;
        private final String apiKey;
        private RetryPolicy policy = RetryPolicy.defaults();
        private Sleeper sleeper = Sleeper.REAL;
        private Clock clock = Clock.systemUTC();
        private Random random = new Random();
        private Logger logger = LoggerFactory.getLogger(LinearClient.class);

        private Builder(URI apiUrl, String apiKey) {
            if (apiUrl == null) {
                throw new PgdriftException("Linear: linear.apiUrl is not set");
            }
            if (apiKey == null || apiKey.isBlank()) {
                throw new PgdriftException("Linear: the API key is empty — set linear.apiKey or linear.apiKeyFile");
            }
            this.apiUrl = apiUrl;
            this.apiKey = apiKey.strip();
        }

        public Builder retryPolicy(RetryPolicy value) {
            this.policy = value;
            return this;
        }

        public Builder sleeper(Sleeper value) {
            this.sleeper = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder random(Random value) {
            this.random = value;
            return this;
        }

        public Builder logger(Logger value) {
            this.logger = value;
            return this;
        }

        public LinearClient build() {
            return new LinearClient(this);
        }

        @Override
        public String toString() {
            return "LinearClient.Builder[" + apiUrl + "]";
        }
    }
}
