package io.pgdrift.diff;

import io.pgdrift.model.Grant;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.ServerInfo;
import java.util.List;

/**
 * Differences that only say the two databases run on different major versions, not that a migration was
 * missed. The same DDL loaded into PostgreSQL 13 and 18 must give no drift, yet two things read differently:
 * <ul>
 *   <li>{@code CREATE EXTENSION x} installs the version that major ships (pg_trgm 1.5 on 13, 1.6 on 14+), and
 *       the older server cannot be updated to the newer one;</li>
 *   <li>{@code GRANT ALL} on a table includes MAINTAIN from 17 on, a privilege older servers do not have;</li>
 *   <li>initdb of 13 and 14 grants CREATE on the public schema to everyone, 15 and later do not.</li>
 * </ul>
 * Between servers of the same major nothing is left out: there an extension version is a real update.
 */
final class MajorVersionNoise {
    private static final int FIRST_WITH_MAINTAIN = 17;
    private static final String MAINTAIN = "MAINTAIN";
    private static final String PUBLIC_SCHEMA = "public";
    private static final Grant PUBLIC_CREATE = new Grant(Grant.PUBLIC, "CREATE", false);

    private final boolean acrossMajors;
    private final boolean withoutMaintain;

    private MajorVersionNoise(boolean acrossMajors, boolean withoutMaintain) {
        this.acrossMajors = acrossMajors;
        this.withoutMaintain = withoutMaintain;
    }

    /** The rule for comparing a snapshot of {@code from} with one of {@code to} (either may be unknown). */
    static MajorVersionNoise between(ServerInfo from, ServerInfo to) {
        if (from == null || to == null || from.major() == to.major()) {
            return new MajorVersionNoise(false, false);
        }
        return new MajorVersionNoise(true, Math.min(from.major(), to.major()) < FIRST_WITH_MAINTAIN);
    }

    /** {@code value}, the attribute {@code attribute} of {@code object}, without what only the major explains. */
    Object normalise(SchemaObject object, String attribute, Object value) {
        if (!acrossMajors) {
            return value;
        }
        if (object.kind() == ObjectKind.EXTENSION && attribute.equals("version")) {
            return null;
        }
        if (object.kind() == ObjectKind.SCHEMA && object.key().schema().equals(PUBLIC_SCHEMA)
                && attribute.equals("grants") && value instanceof List<?> list) {
            value = list.stream().filter(g -> !PUBLIC_CREATE.equals(g)).toList();
        }
        if (withoutMaintain && value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Grant) {
            return list.stream().filter(g -> !MAINTAIN.equals(((Grant) g).privilege())).toList();
        }
        return value;
    }
}
