package io.pgdrift.app.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pgdrift.PgdriftException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * {@code GET /healthz} for liveness probes: 200 while the scheduler is up, with the last run's times and
 * outcome as JSON. A failed run does not make the process unhealthy (restarting would not fix a database),
 * so the status code stays 200; monitors read {@code lastOutcome}.
 */
public final class HealthServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;

    private HealthServer(HttpServer server) {
        this.server = server;
    }

    /** Listens on {@code port} (0: any free port) on every interface. */
    public static HealthServer start(int port, Supplier<RunStatus> status) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
            server.createContext("/healthz", exchange -> respond(exchange, status.get()));
            server.start();
            return new HealthServer(server);
        } catch (IOException e) {
            throw new PgdriftException("cannot serve /healthz on port " + port + " (" + e.getMessage()
                    + "); choose a free port with --health-port");
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, RunStatus status) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = json(status).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String json(RunStatus status) {
        ObjectNode node = JSON.createObjectNode().put("status", "up");
        put(node, "lastRunStart", status.lastStart());
        put(node, "lastRunEnd", status.lastEnd());
        node.put("lastOutcome", status.lastOutcome());
        node.put("running", status.running());
        put(node, "nextRun", status.nextRun());
        node.put("runs", status.runs());
        node.put("failedRuns", status.failedRuns());
        node.put("skippedRuns", status.skippedRuns());
        return node.toString();
    }

    private static void put(ObjectNode node, String field, Instant value) {
        node.put(field, value == null ? null : value.truncatedTo(ChronoUnit.MILLIS).toString());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
