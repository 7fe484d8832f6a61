package io.pgdrift.plan.kind;

import io.pgdrift.model.Column;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.SequenceOptions;
import io.pgdrift.plan.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * An identity column's {@link SequenceOptions} as SQL: the {@code (START WITH 100 INCREMENT BY 5)} of
 * {@code GENERATED ... AS IDENTITY}, and the {@code SET ...} actions of {@code ALTER COLUMN} that go from one
 * set of options to another, where an option that goes back to its default is set to it explicitly.
 */
final class IdentityClauses {

    /** One option: its clause in a set of options (null when at the default) and the clause that resets it. */
    private record Option(Function<SequenceOptions, String> clause, String reset) {
    }

    /** In the order CREATE SEQUENCE's documentation lists them, which the catalog always used. */
    private static final List<Option> OPTIONS = List.of(
            new Option(o -> o.start() == null ? null : "START WITH " + o.start(), "START WITH 1"),
            new Option(o -> o.increment() == null ? null : "INCREMENT BY " + o.increment(), "INCREMENT BY 1"),
            new Option(o -> o.minValue() == null ? null : "MINVALUE " + o.minValue(), "NO MINVALUE"),
            new Option(o -> o.maxValue() == null ? null : "MAXVALUE " + o.maxValue(), "NO MAXVALUE"),
            new Option(o -> o.cache() == null ? null : "CACHE " + o.cache(), "CACHE 1"),
            new Option(o -> o.cycle() ? "CYCLE" : null, "NO CYCLE"));

    private IdentityClauses() {
    }

    /** {@code START WITH 100 CACHE 20}: the options that are not the defaults; empty when none. */
    static String of(SequenceOptions options) {
        StringJoiner clauses = new StringJoiner(" ");
        if (options != null) {
            for (Option option : OPTIONS) {
                String clause = option.clause().apply(options);
                if (clause != null) {
                    clauses.add(clause);
                }
            }
        }
        return clauses.toString();
    }

    /**
     * The parenthesised options of {@code GENERATED ... AS IDENTITY}, led by the sequence's name when it is not
     * the server's choice: {@code " (SEQUENCE NAME app.ids START WITH 100)"}; empty when there is none.
     */
    static String clause(Column c) {
        StringJoiner clauses = new StringJoiner(" ");
        if (c.identitySequence() != null) {
            clauses.add("SEQUENCE NAME " + Sql.qualified(c.key().schema(), c.identitySequence()));
        }
        String options = of(c.identityOptions());
        if (!options.isEmpty()) {
            clauses.add(options);
        }
        return clauses.length() == 0 ? "" : " (" + clauses + ")";
    }

    /** {@code ALTER SEQUENCE ... RENAME TO}: the identity sequence of a column that stays an identity renamed. */
    static String rename(Column f, Column t) {
        return "ALTER SEQUENCE " + Sql.qualified(f.key().schema(), sequenceName(f)) + " RENAME TO "
                + Sql.ident(sequenceName(t)) + ";";
    }

    /** The identity sequence's name; the server's choice when none is recorded (a clash's number aside). */
    private static String sequenceName(Column c) {
        ObjectKey k = c.key();
        return c.identitySequence() != null ? c.identitySequence()
                : DetachedCheckName.objectName(k.name(), k.member(), "seq");
    }

    /** {@code SET ...} actions from {@code before} to {@code after}: changed options first, then those reset. */
    static List<String> changes(SequenceOptions before, SequenceOptions after) {
        SequenceOptions from = before == null ? SequenceOptions.DEFAULTS : before;
        SequenceOptions to = after == null ? SequenceOptions.DEFAULTS : after;
        List<String> actions = new ArrayList<>();
        for (Option option : OPTIONS) {
            String clause = option.clause().apply(to);
            if (clause != null && !clause.equals(option.clause().apply(from))) {
                actions.add("SET " + clause);
            }
        }
        for (Option option : OPTIONS) {
            if (option.clause().apply(from) != null && option.clause().apply(to) == null) {
                actions.add("SET " + option.reset());
            }
        }
        return actions;
    }
}
