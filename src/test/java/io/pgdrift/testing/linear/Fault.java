package io.pgdrift.testing.linear;

/** A failure the fake Linear injects into one request. */
public sealed interface Fault {

    /** An HTTP 5xx before the operation runs. */
    record ServerError(int status) implements Fault {
    }

    /**
     * Rejected as Linear does when a bucket is empty: HTTP 400, {@code extensions.code = RATELIMITED}, the reset
     * headers (epoch millis, {@code resetInMillis} from the fake's clock) and optionally {@code Retry-After}.
     */
    record RateLimited(long resetInMillis, Integer retryAfterSeconds) implements Fault {
    }

    /** The operation is applied, then the answer is lost: the connection closed, or a 502 from a proxy. */
    record LostResponse(boolean closeConnection) implements Fault {
    }

    /** The operation is applied, and the answer held back until the client has given up (its next request). */
    record Slow() implements Fault {
    }

    /** A GraphQL error instead of running the operation (auth error, entity not found, lock timeout…). */
    record GraphQLError(int status, String message, String code, String type, String userMessage) implements Fault {
        /** An error whose message is also the one for people. */
        public GraphQLError(int status, String message, String code, String type) {
            this(status, message, code, type, message);
        }

        public static GraphQLError authentication() {
            return new GraphQLError(401, "Authentication required, not authenticated", "AUTHENTICATION_ERROR",
                    "authentication error");
        }

        public static GraphQLError lockTimeout() {
            return new GraphQLError(200, "Lock timeout", "LOCK_TIMEOUT", "lock timeout");
        }

        /**
         * The error types Linear's SDK counts as passing — {@code internal error}, {@code network error},
         * {@code bootstrap error} — answered with any HTTP status (200 and 400 happen as well as 5xx), without a code.
         */
        public static GraphQLError transientType(String type, int status) {
            return new GraphQLError(status, "Something went wrong (" + type + ")", null, type);
        }

        /** Linear's refusal of an input value: the field's reason only in {@code userPresentableMessage}. */
        public static GraphQLError invalidInput(String code, String userMessage) {
            return new GraphQLError(400, "Argument Validation Error", code, "invalid input", userMessage);
        }
    }
}
