package io.pgdrift.plan;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.RelationSize;
import io.pgdrift.model.Snapshot;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The production relation each statement touches: the table, view or materialized view it or the member it
 * changes belongs to, when production has that relation. It is the lock the online script groups transactions
 * by (so no transaction holds two tables' locks at once), and the size its hazards carry.
 */
final class TouchedRelations {
    private static final Set<ObjectKind> RELATIONS = EnumSet.of(ObjectKind.TABLE, ObjectKind.VIEW,
            ObjectKind.MATERIALIZED_VIEW);
    private static final Set<ObjectKind> ON_A_RELATION = EnumSet.of(ObjectKind.TABLE, ObjectKind.VIEW,
            ObjectKind.MATERIALIZED_VIEW, ObjectKind.COLUMN, ObjectKind.CONSTRAINT, ObjectKind.INDEX,
            ObjectKind.TRIGGER, ObjectKind.POLICY);

    private final Set<ObjectKey> existing = new HashSet<>();
    private final Map<ObjectKey, RelationSize> sizes;

    TouchedRelations(Snapshot production) {
        production.objects().stream().filter(o -> RELATIONS.contains(o.kind())).forEach(o -> existing.add(o.key()));
        sizes = production.sizesByRelation();
    }

    /** The statements with {@link Statement#locks()} filled in where unset, and their hazards sized. */
    List<Statement> mark(List<Statement> statements) {
        return statements.stream().map(this::mark).toList();
    }

    private Statement mark(Statement statement) {
        Statement marked = statement.locks() != null ? statement : statement.withLocks(relation(statement.subject()));
        RelationSize size = marked.locks() == null ? null : sizes.get(marked.locks());
        if (size == null || marked.hazards().isEmpty()) {
            return marked;
        }
        return marked.withHazards(marked.hazards().stream().map(h -> h.size() == null ? h.withSize(size) : h).toList());
    }

    private ObjectKey relation(ObjectKey subject) {
        if (!ON_A_RELATION.contains(subject.kind())) {
            return null;
        }
        for (ObjectKind kind : RELATIONS) {
            ObjectKey relation = ObjectKey.of(kind, subject.schema(), subject.name());
            if (existing.contains(relation)) {
                return relation;
            }
        }
        return null;
    }
}
