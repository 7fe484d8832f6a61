package io.pgdrift.app;

import io.pgdrift.Redaction;
import io.pgdrift.agent.Agent;
import io.pgdrift.agent.AgentsSettings;
import io.pgdrift.agent.Reviewers;
import java.nio.file.Path;

/**
 * {@code pgdrift check} for the agents: one small question to each configured agent, and the model that
 * answered (a provider may serve a dated snapshot of the configured name, or another model altogether).
 */
final class AgentCheck {
    private AgentCheck() {
    }

    static void run(Checklist checklist, AgentsSettings settings, Path outbox) {
        for (Agent<?> agent : Reviewers.of(settings, outbox).agents()) {
            String key = "agents." + agent.settings().role().configName();
            try {
                String model = agent.ping();
                checklist.pass(key + ": " + agent.settings().label() + " answered (model " + model + ")");
            } catch (RuntimeException e) {
                checklist.fail(key + ": " + Redaction.text(Redaction.reason(e), agent.settings().apiKey()),
                        "check " + key + ".apiKey, " + key + ".model and " + key + ".baseUrl; without an answer the "
                                + "tickets go out without the agent's part");
            }
        }
    }
}
