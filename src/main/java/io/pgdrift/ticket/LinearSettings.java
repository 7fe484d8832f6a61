package io.pgdrift.ticket;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Where tickets go. {@code apiKey} is a secret: {@link #toString()} never shows it.
 *
 * @param routing     the {@code linear} section's team, project, labels, assignee and priority
 * @param pairRouting per pair, the routing with that pair's {@code pairs[].linear} overrides applied; a pair
 *                    not named here uses {@code routing}
 */
public record LinearSettings(URI apiUrl, String apiKey, Routing routing, Map<String, Routing> pairRouting) {
    public static final URI DEFAULT_API_URL = URI.create("https://api.linear.app/graphql");

    public LinearSettings {
        pairRouting = Map.copyOf(pairRouting);
    }

    /** One routing for every pair, with a fixed priority (or none). */
    public LinearSettings(URI apiUrl, String apiKey, String team, String project, List<String> labels,
                          String assignee, Integer priority) {
        this(apiUrl, apiKey, new Routing(team, project, labels, assignee, priority, false), Map.of());
    }

    /** These settings with each named pair's overrides ({@code pairs[].linear}) laid over {@link #routing()}. */
    public LinearSettings withPairRouting(Map<String, Routing> overrides) {
        Map<String, Routing> merged = new java.util.LinkedHashMap<>();
        overrides.forEach((pair, override) -> merged.put(pair, routing.overriddenBy(override)));
        return new LinearSettings(apiUrl, apiKey, routing, merged);
    }

    /** Where the ticket of {@code pair} goes. */
    public Routing routing(String pair) {
        return pairRouting.getOrDefault(pair, routing);
    }

    public String team() {
        return routing.team();
    }

    public String project() {
        return routing.project();
    }

    public List<String> labels() {
        return routing.labels();
    }

    public String assignee() {
        return routing.assignee();
    }

    public Integer priority() {
        return routing.priority();
    }

    @Override
    public String toString() {
        return "LinearSettings[apiUrl=" + apiUrl + ", apiKey=***, " + routing + ", pairRouting=" + pairRouting + "]";
    }
}
