package io.pgdrift.acceptance;

import java.util.ArrayList;
import java.util.List;

/**
 * One way the scenario runner asks {@code pgdrift diff} for a migration. Every scenario is round-tripped in every
 * variant of {@link #ALL} that runs on the major at hand; a new mode of {@code diff} is one more entry there.
 *
 * @param name     empty for the default; else the suffix of the variant's golden file
 * @param majors   the majors the variant runs on; empty for every major the runner tests
 * @param golden   whether the variant's script is compared with a golden file ({@code expected[-NAME].sql})
 */
record DiffVariant(String name, List<String> arguments, List<Integer> majors, boolean golden) {

    static final DiffVariant DEFAULT = new DiffVariant("", List.of(), List.of(), true);

    /**
     * {@code --mode transactional}: one all-or-nothing transaction. Applied and converged on 15 only, with no golden
     * file: its statements are the online ones' plain forms (checked by the planner's tests), and a second set of
     * golden files would double the review of every planner change for little; what it adds is that the script
     * runs inside {@code BEGIN ... COMMIT} on a real server and leaves no drift.
     */
    static final DiffVariant TRANSACTIONAL =
            new DiffVariant("transactional", List.of("--mode", "transactional"), List.of(15), false);

    /** Every variant the round trip runs, the default first. */
    static final List<DiffVariant> ALL = List.of(DEFAULT, TRANSACTIONAL);

    /** The variants of {@link #ALL} that run on {@code major}, in order. */
    static List<DiffVariant> on(int major) {
        return ALL.stream().filter(v -> v.majors.isEmpty() || v.majors.contains(major)).toList();
    }

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
