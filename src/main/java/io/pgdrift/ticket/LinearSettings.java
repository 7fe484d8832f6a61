package io.pgdrift.ticket;

import java.net.URI;
import java.util.List;

/**
 * Where tickets go. {@code apiKey} is a secret: {@link #toString()} never shows it.
 *
 * @param team     team key or name
 * @param assignee optional user (email, name or display name), null for none
 * @param priority optional Linear priority 0-4, null for none
 */
public record LinearSettings(URI apiUrl, String apiKey, String team, String project, List<String> labels,
                             String assignee, Integer priority) {
    public static final URI DEFAULT_API_URL = URI.create("https://api.linear.app/graphql");

    public LinearSettings {
        labels = List.copyOf(labels);
    }

    @Override
    public String toString() {
        return "LinearSettings[apiUrl=" + apiUrl + ", apiKey=***, team=" + team + ", project=" + project
                + ", labels=" + labels + ", assignee=" + assignee + ", priority=" + priority + "]";
    }
}
