package io.pgdrift.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Error answers as Linear sends them (API-NOTES §7 and reports of live behaviour), and what pgdrift reads in them. */
class LinearErrorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "description too long, code INPUT_ERROR|400|{\"message\":\"Argument Validation Error\",\"extensions\":{\"type\":\"invalid input\",\"code\":\"INPUT_ERROR\",\"statusCode\":400,\"userError\":true,\"userPresentableMessage\":\"description must be shorter than or equal to 4000 characters\"}}|INVALID_INPUT",
        "same, code INVALID_INPUT|400|{\"message\":\"Argument Validation Error\",\"extensions\":{\"type\":\"invalid input\",\"code\":\"INVALID_INPUT\",\"userPresentableMessage\":\"title is too long\"}}|INVALID_INPUT",
        "create with a taken id|200|{\"message\":\"conflict on insert of Issue\",\"extensions\":{\"type\":\"invalid input\",\"code\":\"INPUT_ERROR\",\"statusCode\":400,\"userError\":true,\"userPresentableMessage\":\"Entity Issue with id 6f1c4d1e-2b1a-4c55-9d7e-0a4e3f1b2c3d already exists.\"}}|ALREADY_EXISTS",
        "taken id without a type|400|{\"message\":\"conflict on insert of Comment\",\"extensions\":{\"code\":\"INVALID_INPUT\"}}|ALREADY_EXISTS",
        "unknown id|200|{\"message\":\"Entity not found: Issue\",\"extensions\":{\"type\":\"invalid input\",\"code\":\"INVALID_INPUT\",\"userPresentableMessage\":\"Could not find referenced Issue.\"}}|NOT_FOUND",
        "rate limit as HTTP 400|400|{\"message\":\"Rate limit exceeded\",\"extensions\":{\"code\":\"RATELIMITED\",\"type\":\"ratelimited\",\"statusCode\":429}}|RATE_LIMITED",
        "internal error with HTTP 200|200|{\"message\":\"Internal server error\",\"extensions\":{\"type\":\"internal error\"}}|TRANSIENT",
        "network error with HTTP 400|400|{\"message\":\"fetch failed\",\"extensions\":{\"type\":\"network error\"}}|TRANSIENT",
        "bootstrap error with HTTP 401|401|{\"message\":\"bootstrap\",\"extensions\":{\"type\":\"bootstrap error\"}}|TRANSIENT",
        "lock timeout|200|{\"message\":\"Lock timeout\",\"extensions\":{\"type\":\"lock timeout\",\"code\":\"LOCK_TIMEOUT\"}}|TRANSIENT",
        "bad key as HTTP 400|400|{\"message\":\"Authentication required, not authenticated\",\"extensions\":{\"type\":\"authentication error\",\"code\":\"AUTHENTICATION_ERROR\",\"statusCode\":401}}|AUTHENTICATION",
        "no extensions, HTTP 403|403|{\"message\":\"Forbidden\"}|FORBIDDEN",
        "no extensions, HTTP 502|502|{\"message\":\"Bad gateway\"}|TRANSIENT",
        "a query Linear's schema refuses|400|{\"message\":\"Cannot query field shoeSize on type Team.\",\"extensions\":{\"type\":\"graphql error\",\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}|OTHER",
    })
    void classifiesOnTheTypeThenTheCodeThenTheMessageThenTheStatus(String shape, int status, String error,
                                                                  LinearError expected) throws Exception {
        assertThat(LinearError.of(status, JSON.readTree(error))).isEqualTo(expected);
    }
}
