package io.pgdrift.report;

import io.pgdrift.diff.AttributeChange;
import io.pgdrift.diff.Change;
import java.util.List;

/** The three kinds of change as reports name them (Java 17 has no pattern switch over the sealed {@link Change}). */
enum ChangeType {
    ADDED("+", "added"),
    REMOVED("-", "removed"),
    ALTERED("~", "altered");

    final String sign;
    final String word;

    ChangeType(String sign, String word) {
        this.sign = sign;
        this.word = word;
    }

    static ChangeType of(Change change) {
        if (change instanceof Change.Added) {
            return ADDED;
        }
        if (change instanceof Change.Removed) {
            return REMOVED;
        }
        return ALTERED;
    }

    /** The altered attributes, or none for an added or removed object. */
    static List<AttributeChange> attributes(Change change) {
        return change instanceof Change.Altered altered ? altered.attributes() : List.of();
    }
}
