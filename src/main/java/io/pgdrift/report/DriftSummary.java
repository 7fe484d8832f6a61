package io.pgdrift.report;

import io.pgdrift.diff.Change;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ServerInfo;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.MigrationPlan;
import io.pgdrift.plan.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts and per-object facts every format shows, worked out once per rendering: how many changes of
 * each type, which side is ahead for each, and what the statements touching each object risk.
 */
final class DriftSummary {
    final int added;
    final int removed;
    final int altered;
    final int stagingAhead;
    final int productionAhead;
    final int statements;
    final int hazardousStatements;
    private final Map<ObjectKey, Direction> directions = new HashMap<>();
    private final Map<ObjectKey, Set<HazardKind>> hazards = new HashMap<>();

    DriftSummary(DriftReport report) {
        List<Statement> planned = statements(report.plan());
        for (Statement statement : planned) {
            directions.putIfAbsent(statement.subject(), statement.direction());
            for (Hazard hazard : statement.hazards()) {
                hazards.computeIfAbsent(statement.subject(), k -> new LinkedHashSet<>()).add(hazard.kind());
            }
        }
        int[] byType = new int[ChangeType.values().length];
        int production = 0;
        for (Change change : report.changes()) {
            byType[ChangeType.of(change).ordinal()]++;
            if (direction(change) == Direction.PRODUCTION_AHEAD) {
                production++;
            }
        }
        added = byType[ChangeType.ADDED.ordinal()];
        removed = byType[ChangeType.REMOVED.ordinal()];
        altered = byType[ChangeType.ALTERED.ordinal()];
        productionAhead = production;
        stagingAhead = report.changes().size() - production;
        statements = planned.size();
        hazardousStatements = (int) planned.stream().filter(s -> !s.hazards().isEmpty()).count();
    }

    static List<Statement> statements(MigrationPlan plan) {
        return plan == null ? List.of() : plan.statements();
    }

    static List<Statement> backport(MigrationPlan plan) {
        return plan == null ? List.of() : plan.backport();
    }

    /** The plan's direction for the object when it has a statement for it; else removed means production ahead. */
    Direction direction(Change change) {
        Direction planned = directions.get(change.key());
        if (planned != null) {
            return planned;
        }
        return change instanceof Change.Removed ? Direction.PRODUCTION_AHEAD : Direction.STAGING_AHEAD;
    }

    /** Hazard kinds of the statements whose subject is this object, in plan order. */
    List<HazardKind> hazards(ObjectKey key) {
        return new ArrayList<>(hazards.getOrDefault(key, Set.of()));
    }

    int changes() {
        return added + removed + altered;
    }

    /** {@code 5 changes (2 added, 1 removed, 2 altered)}. */
    String changesText() {
        return plural(changes(), "change") + " (" + added + " added, " + removed + " removed, " + altered
                + " altered)";
    }

    /** {@code 7 statements, 3 with hazards}. */
    String statementsText() {
        return plural(statements, "statement") + ", " + hazardousStatements + " with hazards";
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    static String direction(Direction direction) {
        return direction == Direction.PRODUCTION_AHEAD ? "production ahead" : "staging ahead";
    }

    static String server(ServerInfo server) {
        return server == null ? "PostgreSQL (version unknown)" : "PostgreSQL " + server.version();
    }
}
