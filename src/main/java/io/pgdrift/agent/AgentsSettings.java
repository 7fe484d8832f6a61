package io.pgdrift.agent;

import java.util.Optional;

/** The {@code agents:} section of {@code pgdrift.yaml}: each agent is optional, and none is the default. */
public record AgentsSettings(Optional<AgentSettings> brief, Optional<AgentSettings> triage) {
    public static final AgentsSettings NONE = new AgentsSettings(Optional.empty(), Optional.empty());

    public boolean isEmpty() {
        return brief.isEmpty() && triage.isEmpty();
    }
}
