package io.pgdrift.testing.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for one provider's chat API on 127.0.0.1, speaking its real request and response shapes
 * ({@link Dialect}). It checks every request as the provider would — method, path, credentials header, JSON body
 * fields — and a malformed one is answered with the provider's 400 error and recorded in {@link #violations()},
 * which every test asserts empty. Every request body is kept, so a test can prove what reached the provider.
 */
public final class FakeLlm implements AutoCloseable {
    /** How the fake answers the next requests. */
    public enum Mode { ANSWER, HTTP_ERROR, STALL, REFUSE, EMPTY }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Dialect dialect;
    private final String servedModel;
    private final String apiKey;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-llm");
        thread.setDaemon(true);
        return thread;
    });
    /** Released on close: a stalled request is held until then, so a timeout needs no sleep. */
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.ANSWER;
    private volatile String answer = "A reviewer's note.";

    private FakeLlm(Dialect dialect, String servedModel, String apiKey) throws IOException {
        this.dialect = dialect;
        this.servedModel = servedModel;
        this.apiKey = apiKey;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /**
     * @param servedModel the model name the fake reports in its answers (providers often name a dated snapshot)
     * @param apiKey      the key it accepts; null for a provider that takes none (Ollama)
     */
    public static FakeLlm start(Dialect dialect, String servedModel, String apiKey) {
        try {
            return new FakeLlm(dialect, servedModel, apiKey);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake " + dialect, e);
        }
    }

    /** What the provider's SDK calls its base URL ({@code http://127.0.0.1:port/v1} for OpenAI). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + dialect.basePath();
    }

    public FakeLlm answering(String text) {
        this.answer = text;
        this.mode = Mode.ANSWER;
        return this;
    }

    public FakeLlm failing(Mode failure) {
        this.mode = failure;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
            List<String> problems = new ArrayList<>();
            check(exchange, body, problems);
            if (!problems.isEmpty()) {
                violations.addAll(problems);
                send(exchange, 400, dialect.error("invalid_request_error", String.join("; ", problems)));
                return;
            }
            switch (mode) {
                case ANSWER -> send(exchange, 200, dialect.answer(servedModel, answer));
                case HTTP_ERROR -> send(exchange, 500, dialect.error("api_error", "the fake is told to fail"));
                case STALL -> {
                    awaitClose();
                    send(exchange, 200, dialect.answer(servedModel, answer));
                }
                case REFUSE -> send(exchange, 200, dialect.refusal(servedModel));
                case EMPTY -> send(exchange, 200, dialect.answer(servedModel, ""));
            }
        }
    }

    private void check(HttpExchange exchange, String body, List<String> problems) {
        if (!"POST".equals(exchange.getRequestMethod())) {
            problems.add("method " + exchange.getRequestMethod() + ", expected POST");
        }
        if (!dialect.chatPath().equals(exchange.getRequestURI().getPath())) {
            problems.add("path " + exchange.getRequestURI().getPath() + ", expected " + dialect.chatPath());
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.startsWith("application/json")) {
            problems.add("Content-Type " + contentType + ", expected application/json");
        }
        dialect.checkCredentials(exchange.getRequestHeaders(), apiKey, problems);
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            problems.add("body is not JSON: " + e.getMessage());
            return;
        }
        if (json == null || !json.isObject()) {
            problems.add("body is not a JSON object");
            return;
        }
        dialect.checkBody(json, problems);
    }

    private void awaitClose() {
        try {
            closed.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer
        }
    }

    /** One request as it arrived. */
    public record Request(String method, String path, Map<String, List<String>> headers, String body) {
        /** The text of every message and instruction in the request, joined (system prompt first). */
        public String allText() {
            try {
                StringBuilder text = new StringBuilder();
                JsonNode json = JSON.readTree(body);
                JsonNode system = json.get("system");
                if (system != null) {
                    system.forEach(block -> text.append(block.path("text").asText()).append('\n'));
                    if (system.isTextual()) {
                        text.append(system.asText()).append('\n');
                    }
                }
                for (JsonNode message : json.path("messages")) {
                    JsonNode content = message.get("content");
                    if (content.isTextual()) {
                        text.append(content.asText()).append('\n');
                    } else {
                        content.forEach(block -> text.append(block.path("text").asText()).append('\n'));
                    }
                }
                return text.toString();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
