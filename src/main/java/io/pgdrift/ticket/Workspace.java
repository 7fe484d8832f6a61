package io.pgdrift.ticket;

import java.util.List;

/**
 * The Linear objects one routing files into, looked up once per run: team, project (null for none), label ids,
 * the team's completed state and the optional assignee. {@code missingLabels} are labels not found (a run that
 * files a ticket creates them).
 */
record Workspace(Routing routing, String teamId, String teamKey, String projectId, String projectName,
                 List<String> labelIds, List<String> missingLabels, String completedStateId, String completedStateName,
                 String assigneeId) {
    Workspace {
        labelIds = List.copyOf(labelIds);
        missingLabels = List.copyOf(missingLabels);
    }

    /** This workspace once its missing labels exist. */
    Workspace withLabels(List<String> ids) {
        return new Workspace(routing, teamId, teamKey, projectId, projectName, ids, List.of(), completedStateId,
                completedStateName, assigneeId);
    }
}
