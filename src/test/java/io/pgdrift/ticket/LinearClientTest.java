package io.pgdrift.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdrift.testing.linear.FakeLinear;
import io.pgdrift.testing.linear.FakeLinearSchema;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The transport rules on their own: credentials, schema validation by the fake, rate-limit arithmetic. */
class LinearClientTest {
    @Test
    void personalKeysGoBareAndOAuthTokensAsBearer() {
        assertThat(LinearClient.authorizationHeader("lin_api_abc")).isEqualTo("lin_api_abc");
        assertThat(LinearClient.authorizationHeader("lin_oauth_abc")).isEqualTo("Bearer lin_oauth_abc");
        assertThat(LinearClient.authorizationHeader("Bearer lin_oauth_abc")).isEqualTo("Bearer lin_oauth_abc");
    }

    @Test
    void anOperationLinearsSchemaDoesNotHaveIsRejectedWithTheValidationError() {
        try (FakeLinear linear = FakeLinear.start()) {
            LinearClient client = LinearClient.builder(linear.url(), FakeLinear.API_KEY).build();

            assertThatThrownBy(() -> client.query("Bogus", "query Bogus { teams { nodes { id shoeSize } } }", Map.of()))
                    .isInstanceOf(LinearException.class)
                    .hasMessageContaining("shoeSize");
            assertThat(linear.rejected()).singleElement().asString().contains("shoeSize");
            assertThat(linear.operations()).containsExactly("Bogus");
        }
    }

    @Test
    void everyDocumentPgdriftSendsValidatesAgainstLinearsSchema() throws Exception {
        try (FakeLinear linear = FakeLinear.start()) {
            graphql.GraphQL graphQL = FakeLinearSchema.graphQL();
            for (java.lang.reflect.Field field : LinearOperations.class.getDeclaredFields()) {
                if (field.getType() == String.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())
                        && !field.getName().equals("TICKET_FIELDS")) { // a fragment, validated inside the queries
                    field.setAccessible(true);
                    String document = (String) field.get(null);
                    List<graphql.GraphQLError> errors = graphql.ParseAndValidate.parseAndValidate(
                            graphQL.getGraphQLSchema(), graphql.ExecutionInput.newExecutionInput(document).build())
                            .getErrors();
                    assertThat(errors).as(field.getName()).isEmpty();
                }
            }
            assertThat(linear.rejected()).isEmpty();
        }
    }

    @Test
    void rateLimitWaitIsTheResetOfTheExhaustedBucketCapped() {
        FakeTime time = new FakeTime();
        LinearClient client = LinearClient.builder(java.net.URI.create("http://127.0.0.1:9/graphql"), "lin_api_x")
                .clock(time).retryPolicy(SyncFixture.fastPolicy()).build();
        long now = time.millis();

        assertThat(client.rateLimitWait(headers(Map.of(
                "X-RateLimit-Requests-Remaining", "0", "X-RateLimit-Requests-Reset", String.valueOf(now + 30_000),
                "X-RateLimit-Complexity-Remaining", "5000", "X-RateLimit-Complexity-Reset",
                String.valueOf(now + 90_000))))).isEqualTo(Duration.ofSeconds(30));
        assertThat(client.rateLimitWait(headers(Map.of("X-RateLimit-Complexity-Reset", String.valueOf(now + 10_000),
                "X-RateLimit-Complexity-Remaining", "0", "Retry-After", "12")))).isEqualTo(Duration.ofSeconds(12));
        assertThat(client.rateLimitWait(headers(Map.of("X-RateLimit-Requests-Reset", String.valueOf(now + 86_400_000),
                "X-RateLimit-Requests-Remaining", "0")))).isEqualTo(Duration.ofMinutes(2));
        assertThat(client.rateLimitWait(headers(Map.of("X-RateLimit-Requests-Reset", String.valueOf(now - 5_000),
                "X-RateLimit-Requests-Remaining", "0")))).isEqualTo(Duration.ofMillis(100));
        assertThat(client.rateLimitWait(headers(Map.of()))).isNull();
    }

    @Test
    void backoffDoublesUpToTheCapWithJitterInTheUpperHalf() {
        RetryPolicy policy = SyncFixture.fastPolicy();
        assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofMillis(50));
        assertThat(policy.backoff(1, 1.0)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(3, 1.0)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoff(30, 1.0)).isEqualTo(policy.maxBackoff());
    }

    @Test
    void anUnreachableLinearFailsAfterTheAttemptsWithOneLine() {
        FakeTime time = new FakeTime();
        int port;
        try (FakeLinear linear = FakeLinear.start()) {
            port = linear.url().getPort();
        }
        LinearClient client = LinearClient.builder(java.net.URI.create("http://127.0.0.1:" + port + "/graphql"),
                FakeLinear.API_KEY).clock(time).sleeper(time).retryPolicy(SyncFixture.fastPolicy()).build();

        assertThatThrownBy(() -> client.query("Viewer", LinearOperations.VIEWER, Map.of()))
                .isInstanceOf(LinearException.class)
                .hasMessageStartingWith("Linear: Viewer failed after 4 attempts, last: cannot connect to 127.0.0.1")
                .satisfies(e -> assertThat(((LinearException) e).transientFailure()).isTrue())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(time.sleeps()).hasSize(3);
    }

    @Test
    void anUploadWithoutTheSignedHeadersIsRefusedByStorage() {
        try (FakeLinear linear = FakeLinear.start()) {
            LinearApi api = new LinearApi(LinearClient.builder(linear.url(), FakeLinear.API_KEY).build());
            String asset = api.upload("migration.sql", "text/plain", "SELECT 1;".getBytes());
            assertThat(asset).contains("/assets/");
            assertThat(linear.uploadRejections()).isEmpty();

            LinearClient client = LinearClient.builder(linear.url(), FakeLinear.API_KEY).build();
            LinearClient.UploadSlot slot = new LinearApi(client).slot("m.sql", "text/plain", 3);
            LinearClient.UploadSlot unsigned = new LinearClient.UploadSlot(slot.uploadUrl(), slot.assetUrl(), Map.of());
            assertThatThrownBy(() -> client.put(unsigned, "text/plain", "abc".getBytes()))
                    .hasMessageContaining("HTTP 403").hasMessageContaining("signed upload headers");
            assertThat(linear.uploadRejections()).singleElement().asString().contains("signed header");
        }
    }

    @Test
    void anEmptyKeyIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> LinearClient.builder(java.net.URI.create("http://x/graphql"), " "))
                .hasMessageContaining("linear.apiKey");
    }

    private static HttpHeaders headers(Map<String, String> values) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        values.forEach((k, v) -> map.put(k, List.of(v)));
        return HttpHeaders.of(map, (a, b) -> true);
    }
}
