package io.pgdrift.plan.kind;

import io.pgdrift.model.Column;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.Objects;
import java.util.Set;

/**
 * How a column's values are kept and analysed: storage strategy, statistics target, compression method and
 * attribute options ({@code n_distinct}). None can be said
 * inside CREATE TABLE on every version, so a new column gets them as ALTERs; none rewrites the table.
 */
final class ColumnStorage {

    private static final Set<String> STORAGES = Set.of("PLAIN", "EXTERNAL", "EXTENDED", "MAIN");
    private static final Set<String> COMPRESSIONS = Set.of("pglz", "lz4");

    private ColumnStorage() {
    }

    /** What a new column sets beside its definition. */
    static void create(Column c, PlanContext plan, Direction direction) {
        ObjectKey k = c.key();
        if (c.storage() != null) {
            plan.step(Phase.CREATE, k, ColumnDdl.prefix(k) + "SET STORAGE " + storage(c.storage()) + ";", direction)
                    .needs(k);
        }
        if (c.statistics() != null) {
            plan.step(Phase.CREATE, k, ColumnDdl.prefix(k) + "SET STATISTICS " + c.statistics() + ";", direction)
                    .needs(k);
        }
        if (c.compression() != null) {
            plan.step(Phase.CREATE, k, ColumnDdl.prefix(k) + "SET COMPRESSION " + compression(c.compression()) + ";",
                    direction).needs(k);
        }
        if (!c.options().isEmpty()) {
            plan.step(Phase.CREATE, k, ColumnDdl.prefix(k).trim() + StorageParameters.set(c.options()) + ";", direction)
                    .needs(k);
        }
    }

    /** Storage of a column found on both sides. */
    static void storage(Column f, Column t, ObjectKey table, PlanContext plan, Direction d) {
        if (!Objects.equals(f.storage(), t.storage())) {
            String storage = t.storage() != null ? storage(t.storage())
                    : plan.from().major() >= 16 ? "DEFAULT" : defaultStorage(t.type());
            plan.alter(Phase.ALTER, t.key(), ColumnDdl.prefix(t.key()) + "SET STORAGE " + storage + ";", d)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "changing storage"));
        }
    }

    /** Statistics target, compression and attribute options of a column found on both sides. */
    static void statisticsAndCompression(Column f, Column t, ObjectKey table, PlanContext plan, Direction d) {
        String prefix = ColumnDdl.prefix(t.key());
        if (!Objects.equals(f.statistics(), t.statistics())) {
            // SHARE UPDATE EXCLUSIVE: reads and writes go on
            plan.alter(Phase.ALTER, t.key(), prefix + "SET STATISTICS " + (t.statistics() == null ? -1
                    : t.statistics()) + ";", d);
        }
        if (!Objects.equals(f.compression(), t.compression())) {
            // only values written from now on are compressed the new way: no rewrite
            plan.alter(Phase.ALTER, t.key(), prefix + "SET COMPRESSION " + compression(t.compression()) + ";", d)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "changing compression"));
        }
        // n_distinct and the like: SHARE UPDATE EXCLUSIVE, used from the next ANALYZE on
        StorageParameters.change(plan, prefix.trim(), t.key(), f.options(), t.options(), d);
    }

    static String storage(String code) {
        return Names.word(code, STORAGES, "storage");
    }

    private static String compression(String method) {
        return method == null ? "DEFAULT" : Names.word(method, COMPRESSIONS, "compression");
    }

    /** Storage a type has when none is set, for servers before 16 that cannot say SET STORAGE DEFAULT. */
    static String defaultStorage(String type) {
        String t = type.toLowerCase();
        if (t.endsWith("[]") || t.startsWith("text") || t.startsWith("character") || t.startsWith("bytea")
                || t.startsWith("json") || t.startsWith("xml") || t.startsWith("tsvector") || t.startsWith("bit varying")) {
            return "EXTENDED";
        }
        if (t.startsWith("numeric") || t.startsWith("inet") || t.startsWith("cidr")) {
            return "MAIN";
        }
        return "PLAIN";
    }
}
