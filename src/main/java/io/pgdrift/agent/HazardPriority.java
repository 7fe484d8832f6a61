package io.pgdrift.agent;

import io.pgdrift.model.RelationSize;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Statement;
import io.pgdrift.report.DriftReport;
import java.util.EnumSet;
import java.util.Set;

/**
 * The priority a report earns from its hazards alone, for {@code priority: auto} without a triage agent (and
 * when triage gives no usable answer): a statement that loses data is high; one that rewrites a large table, or
 * holds an ACCESS EXCLUSIVE lock on one while it scans every row, is medium (reads and writes wait for all of
 * it); anything else is low. A table counts as large from {@link #LARGE_ROWS} rows or {@link #LARGE_BYTES}, or
 * when production gave no size for it: the rule errs towards the higher priority.
 */
public final class HazardPriority {
    /** About where a rewrite or a full scan under an exclusive lock stops being a blip on a busy table. */
    static final long LARGE_ROWS = 100_000;
    static final long LARGE_BYTES = 100L * 1024 * 1024;

    private HazardPriority() {
    }

    public static Priority of(DriftReport report) {
        Priority result = Priority.LOW;
        for (Statement statement : report.plan().statements()) {
            Priority earned = of(statement);
            if (earned.linear() < result.linear()) {
                result = earned;
            }
        }
        return result;
    }

    private static Priority of(Statement statement) {
        Set<Effect> effects = EnumSet.noneOf(Effect.class);
        statement.hazards().forEach(hazard -> effects.add(effect(hazard.kind())));
        if (effects.contains(Effect.LOSES_DATA)) {
            return Priority.HIGH;
        }
        boolean locksLong = effects.contains(Effect.REWRITES)
                || effects.contains(Effect.LOCKS) && effects.contains(Effect.SCANS);
        return locksLong && onLargeTable(statement) ? Priority.MEDIUM : Priority.LOW;
    }

    private static boolean onLargeTable(Statement statement) {
        boolean sized = false;
        for (Hazard hazard : statement.hazards()) {
            RelationSize size = hazard.size();
            if (size != null) {
                sized = true;
                if (size.rows() >= LARGE_ROWS || size.bytes() >= LARGE_BYTES) {
                    return true;
                }
            }
        }
        return !sized;
    }

    /** What a hazard does to production, as far as urgency goes. */
    private enum Effect { LOSES_DATA, REWRITES, LOCKS, SCANS, OTHER }

    private static Effect effect(HazardKind kind) {
        return switch (kind) {
            case DATA_LOSS -> Effect.LOSES_DATA;
            case TABLE_REWRITE -> Effect.REWRITES;
            case ACCESS_EXCLUSIVE_LOCK -> Effect.LOCKS;
            case VALIDATION_SCAN -> Effect.SCANS;
            case BLOCKS_WRITES, NON_TRANSACTIONAL, LOCKS_HELD, SLOWER_QUERIES, ACCESS_CONTROL, PLACEHOLDER,
                 REPLICATION -> Effect.OTHER;
        };
    }
}
