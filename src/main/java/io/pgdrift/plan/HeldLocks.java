package io.pgdrift.plan;

import io.pgdrift.model.ObjectKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * In one transaction every lock is held until COMMIT: a statement that locks a second production table waits,
 * and makes the first table's queue wait, for everything after it. The transactional script says so once per
 * transaction, on the last statement that adds a table to the held set.
 */
final class HeldLocks {
    /** Hazards that mean a statement takes a lock writers (or readers) of its table wait for. */
    private static final Set<HazardKind> LOCKING = EnumSet.of(HazardKind.ACCESS_EXCLUSIVE_LOCK,
            HazardKind.BLOCKS_WRITES, HazardKind.TABLE_REWRITE, HazardKind.VALIDATION_SCAN);

    private HeldLocks() {
    }

    static List<Statement> mark(List<Statement> statements) {
        List<Statement> marked = new ArrayList<>(statements);
        int start = 0;
        while (start < marked.size()) {
            int end = start;
            while (end < marked.size() && marked.get(end).transactional()) {
                end++;
            }
            markTransaction(marked, start, end);
            start = end + 1;
        }
        return marked;
    }

    /** Statements {@code from} (inclusive) to {@code to} (exclusive) run in one transaction. */
    private static void markTransaction(List<Statement> statements, int from, int to) {
        Set<ObjectKey> held = new LinkedHashSet<>();
        int last = -1;
        for (int i = from; i < to; i++) {
            Statement s = statements.get(i);
            if (s.locks() != null && s.hazards().stream().anyMatch(h -> LOCKING.contains(h.kind()))
                    && held.add(s.locks()) && held.size() > 1) {
                last = i;
            }
        }
        if (last < 0) {
            return;
        }
        Statement s = statements.get(last);
        List<Hazard> hazards = new ArrayList<>(s.hazards());
        hazards.add(new Hazard(HazardKind.LOCKS_HELD, "one transaction locks " + held.size() + " tables ("
                + String.join(", ", held.stream().map(ObjectKey::display).toList()) + "): each lock is held until "
                + "COMMIT, so each table waits for every statement after the one that locked it",
                "--mode online commits each table's changes on their own"));
        statements.set(last, s.withHazards(hazards));
    }
}
