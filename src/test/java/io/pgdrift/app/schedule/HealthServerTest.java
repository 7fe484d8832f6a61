package io.pgdrift.app.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HealthServerTest {

    @Test
    void healthzReportsTheLastRunAndTheNext() throws Exception {
        AtomicReference<RunStatus> status = new AtomicReference<>(RunStatus.INITIAL.next(Instant.parse("2026-11-25T03:00:00Z")));
        try (HealthServer server = HealthServer.start(0, status::get)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/healthz")).build();

            JsonNode before = new ObjectMapper().readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
            assertThat(before.get("lastRunStart").isNull()).isTrue();
            assertThat(before.get("nextRun").asText()).isEqualTo("2026-11-25T03:00:00Z");

            status.set(status.get().started(Instant.parse("2026-11-25T03:00:00Z"))
                    .finished(Instant.parse("2026-11-25T03:00:09Z"), "failed: 3 pairs, 1 failed", true));
            HttpResponse<String> after = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.headers().firstValue("Content-Type")).hasValue("application/json");
            JsonNode body = new ObjectMapper().readTree(after.body());
            assertThat(body.get("lastRunStart").asText()).isEqualTo("2026-11-25T03:00:00Z");
            assertThat(body.get("lastRunEnd").asText()).isEqualTo("2026-11-25T03:00:09Z");
            assertThat(body.get("lastOutcome").asText()).isEqualTo("failed: 3 pairs, 1 failed");
            assertThat(body.get("failedRuns").asInt()).isEqualTo(1);
            assertThat(body.get("running").asBoolean()).isFalse();
        }
    }
}
