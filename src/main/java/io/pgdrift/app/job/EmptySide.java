package io.pgdrift.app.job;

import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Snapshot;
import java.util.function.Predicate;

/**
 * The guard against comparing with the wrong (or a wiped) database: one side holding nothing of its own beside
 * a populated other would otherwise turn into a migration that creates, or drops, everything.
 */
final class EmptySide {
    private EmptySide() {
    }

    /**
     * Why the comparison looks wrong, or null when it does not.
     *
     * @param compared the pair's filter: only objects it compares count
     */
    static String suspicion(Snapshot staging, Snapshot production, Predicate<SchemaObject> compared) {
        long stagingObjects = contentCount(staging, compared);
        long productionObjects = contentCount(production, compared);
        if (productionObjects == 0 && stagingObjects > 0) {
            return "production holds no tables, views or functions while staging holds " + stagingObjects + " objects";
        }
        if (stagingObjects == 0 && productionObjects > 0) {
            return "staging holds no tables, views or functions while production holds " + productionObjects + " objects";
        }
        return null;
    }

    /** Compared objects beyond the schemas and extensions every database carries. */
    private static long contentCount(Snapshot snapshot, Predicate<SchemaObject> compared) {
        return snapshot.objects().stream()
                .filter(o -> o.kind() != ObjectKind.SCHEMA && o.kind() != ObjectKind.EXTENSION)
                .filter(compared).count();
    }
}
