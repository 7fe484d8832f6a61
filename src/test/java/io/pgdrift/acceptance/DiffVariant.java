package io.pgdrift.acceptance;

import java.util.ArrayList;
import java.util.List;

/**
 * One way the scenario runner asks {@code pgdrift diff} for a migration, with its own golden file: the default
 * (no extra arguments) is compared with {@code expected.sql}, a variant named {@code transactional} with
 * {@code expected-transactional.sql}. Every scenario is round-tripped in every variant of {@link #ALL}; a new
 * mode of {@code diff} (for example {@code --mode transactional}) is one more entry there.
 */
record DiffVariant(String name, List<String> arguments) {

    static final DiffVariant DEFAULT = new DiffVariant("", List.of());

    /** Every variant the round trip runs, the default first. */
    static final List<DiffVariant> ALL = List.of(DEFAULT);

    /** The whole {@code diff} command line of this variant, from production to staging in one format. */
    List<String> diff(String production, String staging, String format) {
        List<String> command = new ArrayList<>(List.of("diff", "--from", production, "--to", staging,
                "--format", format));
        command.addAll(arguments);
        return command;
    }

    /** {@code expected[-NAME][-pgMAJOR].sql}: the golden file of this variant, generally or for one major. */
    String goldenFile(Integer major) {
        return "expected" + (name.isEmpty() ? "" : "-" + name) + (major == null ? "" : "-pg" + major) + ".sql";
    }

    @Override
    public String toString() {
        return name.isEmpty() ? "default" : name;
    }
}
