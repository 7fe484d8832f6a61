package io.pgdrift.ticket;

import java.util.List;

/**
 * What {@code pgdrift check} learns from Linear without changing anything: whose key it is, and that the
 * configured team, project and completed state exist; {@code labelsToCreate} are created on the first real run.
 */
public record LinearCheck(String viewer, String organization, String team, String project, String completedState,
                          List<String> labelsToCreate) {
    public LinearCheck {
        labelsToCreate = List.copyOf(labelsToCreate);
    }
}
