package io.pgdrift.testing.linear;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.pgdrift.ticket.LinearSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for Linear's GraphQL API on 127.0.0.1: every request is parsed and validated against Linear's real
 * schema (an operation Linear would reject is rejected here, and recorded in {@link #rejected()}), then executed
 * against an in-memory workspace ({@link FakeWorkspace}): teams, projects, labels, workflow states, users,
 * issues, comments, attachments and uploads, with the signed-upload PUT endpoint on the same server.
 * Descriptions and comments are stored the lossy way Linear stores them ({@link LossyMarkdown}).
 *
 * <p>Faults are injected per operation name (or for every operation with {@code null}): 5xx, rate limits, lost
 * answers, slow answers and GraphQL errors ({@link Fault}).
 *
 * <pre>{@code
 * try (FakeLinear linear = FakeLinear.start()) {           // team ENG with its states, project migration-review
 *     LinearSettings s = linear.settings(List.of("schema-drift"));
 *     ... new TicketSync(s, outboxDir).sync(...) ...
 *     linear.issues(); linear.comments(issueId); linear.attachments(issueId);
 * }
 * }</pre>
 */
public final class FakeLinear implements AutoCloseable {
    /** The personal API key the fake accepts by default. */
    public static final String API_KEY = "lin_api_fakeKEY0123456789abcdefSECRET";
    /** The OAuth token the fake accepts (as {@code Bearer <token>}). */
    public static final String OAUTH_TOKEN = "lin_oauth_fakeTOKEN0123456789SECRET";

    /** The name {@link #failNext} knows the storage PUT by (a {@link Fault.ServerError} there expires the slot). */
    public static final String UPLOAD = "upload PUT";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-linear");
        t.setDaemon(true);
        return t;
    });
    private final GraphQL graphQL = FakeLinearSchema.graphQL();
    private final FakeWorkspace workspace;
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final Map<String, Fault> permanentFaults = new HashMap<>();
    private final List<String> operations = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();
    private final List<String> authorizations = new ArrayList<>();
    private final List<String> uploadRejections = new ArrayList<>();
    private final Map<String, CyclicBarrier> rendezvous = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile CountDownLatch heldAnswer = new CountDownLatch(0);
    private int mutations;
    private volatile Clock clock = Clock.systemUTC();

    private FakeLinear() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        workspace = new FakeWorkspace(this::baseUrl);
        server.createContext("/graphql", this::graphql);
        server.createContext("/upload/", this::upload);
        server.createContext("/assets/", this::asset);
        server.start();
    }

    /** A running fake with team ENG (Backlog, Todo, In Progress, Done, Canceled, Duplicate), team OPS and
     *  project migration-review in ENG, and one user. */
    public static FakeLinear start() {
        try {
            FakeLinear fake = new FakeLinear();
            fake.workspace.seedDefaults();
            return fake;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Linear", e);
        }
    }

    /** The GraphQL endpoint, for {@code linear.apiUrl}. */
    public URI url() {
        return URI.create(baseUrl() + "/graphql");
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Settings for team ENG, project migration-review and the given labels, with the fake's key. */
    public LinearSettings settings(List<String> labels) {
        return new LinearSettings(url(), API_KEY, "ENG", "migration-review", labels, null, null);
    }

    /**
     * The {@code linear:} line of a {@code pgdrift.yaml} that files into this fake (team ENG, project
     * migration-review, label schema-drift), its key written to {@code dir/linear.key} — the set-up every test
     * of the CLI against the fake shares.
     */
    public String yamlSection(Path dir) {
        return yamlSection(dir, API_KEY);
    }

    /** As {@link #yamlSection(Path)}, with another key in the key file (a wrong one, for instance). */
    public String yamlSection(Path dir, String key) {
        Path keyFile = dir.resolve("linear.key");
        try {
            Files.writeString(keyFile, key + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + keyFile, e);
        }
        return "linear: {apiKeyFile: \"" + keyFile.toAbsolutePath() + "\", team: ENG, project: migration-review, "
                + "labels: [schema-drift], apiUrl: \"" + url() + "\"}";
    }

    public FakeWorkspace workspace() {
        return workspace;
    }

    /** Reset headers and rate limits are computed from this clock (share the client's fake clock in tests). */
    public void clock(Clock value) {
        this.clock = value;
    }

    // --- faults ---------------------------------------------------------------------------------------------

    /** The next {@code times} requests of {@code operation} (null: of any operation) meet {@code fault}. */
    public synchronized void failNext(String operation, int times, Fault fault) {
        Deque<Fault> queue = faults.computeIfAbsent(key(operation), k -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(fault);
        }
    }

    /** Every request of {@code operation} (null: any) meets {@code fault} until {@link #clearFaults()}. */
    public synchronized void failAlways(String operation, Fault fault) {
        permanentFaults.put(key(operation), fault);
    }

    public synchronized void clearFaults() {
        faults.clear();
        permanentFaults.clear();
        rendezvous.clear();
    }

    private static String key(String operation) {
        return operation == null ? "*" : operation;
    }

    private synchronized Fault nextFault(String operation) {
        for (String k : List.of(key(operation), "*")) {
            Deque<Fault> queue = faults.get(k);
            if (queue != null && !queue.isEmpty()) {
                return queue.poll();
            }
            if (permanentFaults.containsKey(k)) {
                return permanentFaults.get(k);
            }
        }
        return null;
    }

    /**
     * Requests of {@code operation} wait for each other in groups of {@code parties} before any of them runs: two
     * clients that both asked are answered from the same state (a race made certain, with no sleeps).
     */
    public void rendezvous(String operation, int parties) {
        rendezvous.put(operation, new CyclicBarrier(parties));
    }

    // --- what happened --------------------------------------------------------------------------------------

    /** Operation names of every GraphQL request received, in order. */
    public synchronized List<String> operations() {
        return List.copyOf(operations);
    }

    /** Mutations executed (including ones whose answer was then lost). */
    public synchronized int mutationCount() {
        return mutations;
    }

    /** Validation errors of requests that do not fit Linear's schema; a test expects none. */
    public synchronized List<String> rejected() {
        return List.copyOf(rejected);
    }

    /** {@code Authorization} header values received on the GraphQL endpoint. */
    public synchronized List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** Upload PUTs refused (missing signed headers, wrong size or type, a credential sent to storage). */
    public synchronized List<String> uploadRejections() {
        return List.copyOf(uploadRejections);
    }

    public List<FakeWorkspace.IssueView> issues() {
        return workspace.issues();
    }

    public List<FakeWorkspace.CommentView> comments(String issueId) {
        return workspace.comments(issueId);
    }

    public List<FakeWorkspace.AttachmentView> attachments(String issueId) {
        return workspace.attachments(issueId);
    }

    // --- HTTP -----------------------------------------------------------------------------------------------

    private void graphql(HttpExchange exchange) throws IOException {
        heldAnswer.countDown();
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, Map.of("errors", List.of(Map.of("message", "POST only"))), Map.of());
                return;
            }
            Map<?, ?> body = JSON.readValue(exchange.getRequestBody(), Map.class);
            String query = String.valueOf(body.get("query"));
            String operation = body.get("operationName") instanceof String s ? s : operationName(query);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            synchronized (this) {
                operations.add(operation);
                authorizations.add(String.valueOf(authorization));
            }
            if (!API_KEY.equals(authorization) && !("Bearer " + OAUTH_TOKEN).equals(authorization)) {
                respond(exchange, 401, error(Fault.GraphQLError.authentication(),
                        "You need to authenticate to access this operation."), Map.of());
                return;
            }
            Fault fault = nextFault(operation);
            if (fault instanceof Fault.ServerError e) {
                respond(exchange, e.status(), e.status() == 502 ? Map.of("message", "Bad Gateway")
                        : Map.of("errors", List.of(Map.of("message", "Internal server error", "extensions",
                                Map.of("type", "internal error", "statusCode", e.status())))), Map.of());
                return;
            }
            if (fault instanceof Fault.RateLimited r) {
                long reset = clock.millis() + r.resetInMillis();
                Map<String, String> headers = new LinkedHashMap<>(rateHeaders(0, reset));
                if (r.retryAfterSeconds() != null) {
                    headers.put("Retry-After", String.valueOf(r.retryAfterSeconds()));
                }
                respond(exchange, 400, Map.of("errors", List.of(Map.of("message", "Rate limit exceeded",
                        "extensions", Map.of("code", "RATELIMITED", "type", "ratelimited", "statusCode", 429,
                                "userPresentableMessage", "Too many requests. Please try again later.")))), headers);
                return;
            }
            if (fault instanceof Fault.GraphQLError e) {
                respond(exchange, e.status(), error(e, e.userMessage()), Map.of());
                return;
            }
            CyclicBarrier meeting = rendezvous.get(operation);
            if (meeting != null) {
                awaitQuietly(meeting);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> variables = body.get("variables") instanceof Map<?, ?> m
                    ? (Map<String, Object>) m : Map.of();
            ExecutionResult result = execute(query, operation, variables);
            if (fault instanceof Fault.LostResponse lost) {
                if (!lost.closeConnection()) {
                    respond(exchange, 502, Map.of("message", "Bad Gateway"), Map.of());
                }
                return; // closing the exchange without a response drops the connection
            }
            if (fault instanceof Fault.Slow) {
                CountDownLatch held = new CountDownLatch(1);
                heldAnswer = held;
                awaitQuietly(held);
            }
            respond(exchange, httpStatus(result), withoutPrivateExtensions(result.toSpecification()), Map.of());
        } catch (RuntimeException e) {
            respond(exchange, 500, Map.of("errors", List.of(Map.of("message", "fake Linear crashed: " + e))), Map.of());
        }
    }

    private ExecutionResult execute(String query, String operation, Map<String, Object> variables) {
        boolean mutation = isMutation(query, operation);
        ExecutionResult result;
        synchronized (workspace) {
            result = graphQL.execute(ExecutionInput.newExecutionInput()
                    .query(query)
                    .operationName(operation)
                    .variables(variables)
                    .root(mutation ? workspace.mutationRoot() : workspace.queryRoot())
                    .build());
        }
        synchronized (this) {
            for (GraphQLError error : result.getErrors()) {
                if (isValidationError(error)) {
                    rejected.add(operation + ": " + error.getMessage());
                }
            }
            if (mutation && result.getErrors().stream().noneMatch(FakeLinear::isValidationError)) {
                mutations++;
            }
        }
        return result;
    }

    /** 400 for an operation the schema refuses; else the status the first resolver error asks for, else 200. */
    private static int httpStatus(ExecutionResult result) {
        if (result.getErrors().stream().anyMatch(FakeLinear::isValidationError)) {
            return 400;
        }
        return result.getErrors().stream()
                .map(e -> e.getExtensions() == null ? null : e.getExtensions().get(FakeLinearSchema.FakeError.HTTP_STATUS))
                .filter(Integer.class::isInstance).map(Integer.class::cast).findFirst().orElse(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutPrivateExtensions(Map<String, Object> specification) {
        Object errors = specification.get("errors");
        if (errors instanceof List<?> list) {
            for (Object error : list) {
                if (error instanceof Map<?, ?> map && map.get("extensions") instanceof Map<?, ?> ext) {
                    ((Map<String, Object>) ext).remove(FakeLinearSchema.FakeError.HTTP_STATUS);
                }
            }
        }
        return specification;
    }

    private static boolean isValidationError(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        return type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax;
    }

    private static boolean isMutation(String query, String operation) {
        try {
            Document doc = Parser.parse(query);
            return doc.getDefinitionsOfType(OperationDefinition.class).stream()
                    .filter(op -> operation == null || operation.equals(op.getName()))
                    .anyMatch(op -> op.getOperation() == OperationDefinition.Operation.MUTATION);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String operationName(String query) {
        try {
            return Parser.parse(query).getDefinitionsOfType(OperationDefinition.class).stream()
                    .map(OperationDefinition::getName).findFirst().orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<String, Object> error(Fault.GraphQLError e, String userMessage) {
        Map<String, Object> ext = new LinkedHashMap<>();
        if (e.code() != null) {
            ext.put("code", e.code());
        }
        ext.put("type", e.type());
        ext.put("statusCode", e.status());
        ext.put("userPresentableMessage", userMessage);
        return Map.of("errors", List.of(Map.of("message", e.message(), "extensions", ext)));
    }

    private Map<String, String> rateHeaders(long remaining, long reset) {
        return Map.of("X-RateLimit-Requests-Limit", "2500",
                "X-RateLimit-Requests-Remaining", String.valueOf(remaining),
                "X-RateLimit-Requests-Reset", String.valueOf(reset),
                "X-RateLimit-Complexity-Limit", "3000000",
                "X-RateLimit-Complexity-Remaining", remaining == 0 ? "2990000" : "2999000",
                "X-RateLimit-Complexity-Reset", String.valueOf(clock.millis() + 1_000));
    }

    private void respond(HttpExchange exchange, int status, Object body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        if (headers.isEmpty()) {
            rateHeaders(2499, clock.millis() + 3_600_000).forEach(exchange.getResponseHeaders()::set);
        }
        headers.forEach(exchange.getResponseHeaders()::set);
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // the client gave up on this answer (timeout): nothing to do
        }
    }

    /** The signed-URL PUT: every header fileUpload returned must come back, with the announced type and size. */
    private void upload(HttpExchange exchange) throws IOException {
        try (exchange) {
            String token = exchange.getRequestURI().getPath().substring("/upload/".length());
            byte[] content;
            try (InputStream in = exchange.getRequestBody()) {
                content = in.readAllBytes();
            }
            if (nextFault(UPLOAD) instanceof Fault.ServerError failed) {
                workspace.expireUpload(token);
                exchange.sendResponseHeaders(failed.status(), -1);
                return;
            }
            String problem = workspace.acceptUpload(token, exchange.getRequestMethod(), exchange.getRequestHeaders(),
                    content);
            if (problem != null) {
                synchronized (this) {
                    uploadRejections.add(problem);
                }
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** Uploaded files, readable with the API credential (assets are private). */
    private void asset(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] content = workspace.asset(baseUrl() + exchange.getRequestURI().getPath());
            if (!API_KEY.equals(authorization) && !("Bearer " + OAUTH_TOKEN).equals(authorization)) {
                exchange.sendResponseHeaders(401, -1);
            } else if (content == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, content.length);
                exchange.getResponseBody().write(content);
            }
        }
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.BrokenBarrierException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the other party of a rendezvous never came", e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        heldAnswer.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "FakeLinear[" + url() + "]";
    }

    /** Body of a GraphQL request as a string, for tests that post by hand. */
    static String requestBody(String query, Map<String, Object> variables) throws IOException {
        return new String(JSON.writeValueAsBytes(Map.of("query", query, "variables", variables)),
                StandardCharsets.UTF_8);
    }
}
