package io.pgdrift.ticket;

import java.util.List;

/**
 * The Linear objects a run files into, looked up once per run: team, project, label ids, the team's completed
 * state, and the optional assignee and priority. {@code missingLabels} are labels a dry run found absent (a real
 * run creates them).
 */
record Workspace(String teamId, String teamKey, String projectId, String projectName, List<String> labelIds,
                 List<String> missingLabels, String completedStateId, String completedStateName, String assigneeId,
                 Integer priority) {
    Workspace {
        labelIds = List.copyOf(labelIds);
        missingLabels = List.copyOf(missingLabels);
    }
}
