package io.pgdrift.app.config;

import io.pgdrift.PgdriftException;
import java.util.List;
import java.util.stream.Collectors;

/** A configuration refused before anything ran; lists every problem found, each with its key path. */
public final class ConfigException extends PgdriftException {
    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public ConfigException(String source, List<ConfigProblem> problems) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String message(String source, List<ConfigProblem> problems) {
        String header = source + " is not valid (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "; fix and rerun, `pgdrift check` verifies it):";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", header + "\n", ""));
    }
}
