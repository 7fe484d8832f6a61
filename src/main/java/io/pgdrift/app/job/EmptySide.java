package io.pgdrift.app.job;

import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Snapshot;

/**
 * The guard against comparing with the wrong (or a wiped) database: one side holding nothing of its own beside
 * a populated other would otherwise turn into a migration that creates, or drops, everything.
 */
final class EmptySide {
    private EmptySide() {
    }

    /** Why the comparison looks wrong, or null when it does not. */
    static String suspicion(Snapshot staging, Snapshot production) {
        long stagingObjects = contentCount(staging);
        long productionObjects = contentCount(production);
        if (productionObjects == 0 && stagingObjects > 0) {
            return "production holds no tables, views or functions while staging holds " + describe(staging);
        }
        if (stagingObjects == 0 && productionObjects > 0) {
            return "staging holds no tables, views or functions while production holds " + describe(production);
        }
        return null;
    }

    /** Objects beyond the schemas and extensions every database carries. */
    private static long contentCount(Snapshot snapshot) {
        return snapshot.objects().stream().map(SchemaObject::kind)
                .filter(kind -> kind != ObjectKind.SCHEMA && kind != ObjectKind.EXTENSION).count();
    }

    private static String describe(Snapshot snapshot) {
        return snapshot.count(ObjectKind.TABLE) + " tables (" + contentCount(snapshot) + " objects)";
    }
}
