package io.pgdrift.model;

/**
 * The role that owns an object. Kept beside the objects (see {@link Snapshot#owners}), not in them: owners
 * usually differ between environments, and are compared only when a pair asks for it.
 */
public record Owner(ObjectKey object, String role) implements Comparable<Owner> {
    @Override
    public int compareTo(Owner o) {
        return object.compareTo(o.object);
    }
}
