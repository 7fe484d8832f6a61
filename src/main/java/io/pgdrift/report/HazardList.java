package io.pgdrift.report;

import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hazards of a plan as a reviewer reads them: each stated once (the same risk on the same object from
 * several statements is one line), the worst first, and among equals the biggest table first.
 */
final class HazardList {

    /** One hazard and the statement that carries it first. */
    record Entry(Statement statement, Hazard hazard) {
    }

    private HazardList() {
    }

    static List<Entry> of(List<Statement> statements) {
        Map<String, Entry> unique = new LinkedHashMap<>();
        for (Statement statement : statements) {
            for (Hazard hazard : statement.hazards()) {
                unique.putIfAbsent(hazard.kind() + "\u0000" + statement.subject() + "\u0000" + hazard.detail(),
                        new Entry(statement, hazard));
            }
        }
        List<Entry> entries = new ArrayList<>(unique.values());
        entries.sort(Comparator.comparingInt((Entry e) -> severity(e.hazard().kind()))
                .thenComparing(Comparator.comparingLong((Entry e) -> bytes(e.hazard())).reversed()));
        return entries;
    }

    /** Lower is worse: what cannot be undone, then what stops the application longest, then the rest. */
    static int severity(HazardKind kind) {
        return switch (kind) {
            case PLACEHOLDER -> -1; // the statement fails, or does the wrong thing, until it is filled in
            case DATA_LOSS -> 0;
            case TABLE_REWRITE -> 1;
            case ACCESS_EXCLUSIVE_LOCK -> 2;
            case LOCKS_HELD -> 3;
            case VALIDATION_SCAN -> 4;
            case BLOCKS_WRITES -> 5;
            case ACCESS_CONTROL, REPLICATION -> 6;
            case SLOWER_QUERIES -> 7;
            case NON_TRANSACTIONAL -> 8;
        };
    }

    private static long bytes(Hazard hazard) {
        return hazard.size() == null ? -1 : hazard.size().bytes();
    }
}
