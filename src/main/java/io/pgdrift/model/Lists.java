package io.pgdrift.model;

import java.util.List;

/** Null-safe immutable copies for record components. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A copy, or null for none: for {@link UnsetNotFingerprinted} lists, whose empty value must hash as unset. */
    static <T> List<T> copyOrUnset(List<T> list) {
        return list == null || list.isEmpty() ? null : List.copyOf(list);
    }
}
