package io.pgdrift.diff;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.SchemaObject;

/**
 * One difference between FROM (production) and TO (staging), always phrased as what the migration must do
 * to FROM: {@link Added} exists only in TO, {@link Removed} only in FROM, {@link Altered} in both but different.
 */
public sealed interface Change extends Comparable<Change> permits Change.Added, Change.Removed, Change.Altered {

    ObjectKey key();

    @Override
    default int compareTo(Change other) {
        return key().compareTo(other.key());
    }

    /** Exists in TO (staging) only: the migration creates it. */
    record Added(SchemaObject object) implements Change {
        @Override
        public ObjectKey key() {
            return object.key();
        }
    }

    /** Exists in FROM (production) only: the migration drops it (production ahead). */
    record Removed(SchemaObject object) implements Change {
        @Override
        public ObjectKey key() {
            return object.key();
        }
    }

    /** Exists in both with different attributes; {@code attributes} lists each one, in declaration order. */
    record Altered(SchemaObject from, SchemaObject to, java.util.List<AttributeChange> attributes) implements Change {
        public Altered {
            attributes = java.util.List.copyOf(attributes);
        }

        @Override
        public ObjectKey key() {
            return to.key();
        }
    }
}
