package io.pgdrift.agent;

/** What an agent is asked to do; each role has its built-in instructions in {@code src/main/resources/agent/}. */
public enum Role {
    /** A reviewer's note at the top of the brief: what happened and what to look at first. */
    BRIEF("brief"),
    /** The ticket's priority (1 urgent … 4 low) and a one-line reason. */
    TRIAGE("triage");

    private final String configName;

    Role(String configName) {
        this.configName = configName;
    }

    /** The key under {@code agents:} in {@code pgdrift.yaml}. */
    public String configName() {
        return configName;
    }

    /** The classpath resource holding the built-in instructions. */
    String builtInPrompt() {
        return "/agent/" + configName + ".md";
    }
}
