package io.pgdrift.ticket;

import java.util.List;

/**
 * Where a pair's ticket goes and how it is filed: the {@code linear} section's values, each of which a pair may
 * override under {@code pairs[].linear} (so each database's owners get its tickets). When a pair's routing
 * changes, its open ticket moves with it.
 *
 * @param team         team key or name
 * @param project      project name, or null for none
 * @param assignee     user (email, name or display name), or null for none
 * @param priority     a fixed Linear priority 0 (none) to 4 (low), or null when none is fixed
 * @param autoPriority {@code priority: auto}: the caller computes a priority for each draft (from the hazards,
 *                     when no triage agent gives one); never true together with a fixed priority. The ticket stage
 *                     itself only carries the flag: it sends a draft's priority whenever none is fixed
 */
public record Routing(String team, String project, List<String> labels, String assignee, Integer priority,
                      boolean autoPriority) {
    public Routing {
        labels = labels == null ? List.of() : List.copyOf(labels);
        if (priority != null && (priority < 0 || priority > 4)) {
            throw new IllegalArgumentException("priority " + priority + " is not a Linear priority (0 to 4)");
        }
        if (priority != null && autoPriority) {
            throw new IllegalArgumentException("a priority is either fixed or auto, not both");
        }
    }

    /**
     * These defaults with a pair's overrides laid over them: each non-null field of {@code pair} wins; its
     * priority wins when it fixes one or says auto.
     */
    public Routing overriddenBy(Routing pair) {
        boolean pairPriority = pair.priority() != null || pair.autoPriority();
        return new Routing(pair.team() != null ? pair.team() : team,
                pair.project() != null ? pair.project() : project,
                pair.labels().isEmpty() ? labels : pair.labels(),
                pair.assignee() != null ? pair.assignee() : assignee,
                pairPriority ? pair.priority() : priority,
                pairPriority ? pair.autoPriority() : autoPriority);
    }

    /** The priority to send for a draft: the fixed one, else the draft's own (null: leave the ticket's as it is). */
    Integer priorityFor(TicketDraft draft) {
        return priority != null ? priority : draft.priority();
    }
}
