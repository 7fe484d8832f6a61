package io.pgdrift.agent;

import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Statement;
import io.pgdrift.report.DriftReport;

/**
 * The priority a report earns from its hazards alone, for {@code priority: auto} without a triage agent (and
 * when triage gives no usable answer): losing data is high; rewriting a table or holding an ACCESS EXCLUSIVE
 * lock on one (reads and writes wait for the whole statement) is medium; anything else is low. Hazards do not
 * carry table sizes yet, so every table counts as large: the rule errs towards the higher priority.
 */
public final class HazardPriority {
    private HazardPriority() {
    }

    public static Priority of(DriftReport report) {
        Priority result = Priority.LOW;
        for (Statement statement : report.plan().statements()) {
            for (Hazard hazard : statement.hazards()) {
                Priority earned = of(hazard.kind());
                if (earned.linear() < result.linear()) {
                    result = earned;
                }
            }
        }
        return result;
    }

    static Priority of(HazardKind kind) {
        return switch (kind) {
            case DATA_LOSS -> Priority.HIGH;
            case TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK -> Priority.MEDIUM;
            case VALIDATION_SCAN, BLOCKS_WRITES, NON_TRANSACTIONAL -> Priority.LOW;
        };
    }
}
