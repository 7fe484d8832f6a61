package io.pgdrift.diff;

import io.pgdrift.model.Attributes;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Constraints and indexes whose names the server chose ({@code orders_user_id_fkey}, {@code users_email_key1})
 * may be named differently on two databases that were built from the same DDL: a name clash while the
 * schema was built, or a table renamed since. Such a pair is the same object, not drift.
 *
 * <p>Names follow PostgreSQL's naming of implicit constraints and indexes: {@code <table>[_<columns>]_<label>}
 * with label {@code pkey}, {@code key}, {@code fkey}, {@code check}, {@code excl} or {@code idx}, a number
 * appended to the label when the name was taken, and the table and column parts cut so that the whole fits
 * in 63 bytes.
 */
final class GeneratedNames {

    private static final Pattern LABEL = Pattern.compile("_(?:pkey|key|fkey|check|excl|idx)[0-9]*$");
    /** NAMEDATALEN - 1; a name this long (less a multibyte character) may have had its table part cut. */
    private static final int MAX_NAME_BYTES = 63;
    private static final int MAX_CHARACTER_BYTES = 4;
    private static final int MIN_CUT_TABLE_BYTES = 24;

    private GeneratedNames() {
    }

    /** Does {@code name}, a member of {@code table}, look like a name the server generated for it? */
    static boolean looksGenerated(String name, String table) {
        Matcher label = LABEL.matcher(name);
        if (!label.find() || table.isEmpty()) {
            return false;
        }
        String stem = name.substring(0, label.start());
        if (stem.equals(table) || stem.startsWith(table + "_")) {
            return true;
        }
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES - MAX_CHARACTER_BYTES) {
            return false;
        }
        for (int i = stem.indexOf('_'); i > 0; i = stem.indexOf('_', i + 1)) {
            if (isCutTable(stem.substring(0, i), table)) {
                return true;
            }
        }
        return isCutTable(stem, table);
    }

    /** The server cuts the longer of table and column part first, so a cut table part keeps about half. */
    private static boolean isCutTable(String part, String table) {
        return table.startsWith(part) && part.getBytes(StandardCharsets.UTF_8).length >= MIN_CUT_TABLE_BYTES;
    }

    /**
     * Pairs each removed object with an added one of the same kind and table, equal in every compared
     * attribute, when both names look generated. Linear: the removed candidates are grouped by signature.
     *
     * @param removed objects only in FROM, in key order
     * @param added   objects only in TO, in key order
     * @return the objects (of both lists) that were paired, by identity
     */
    static Set<SchemaObject> pairs(List<SchemaObject> removed, List<SchemaObject> added) {
        Map<Signature, Deque<SchemaObject>> candidates = new HashMap<>();
        for (SchemaObject object : removed) {
            if (isCandidate(object)) {
                candidates.computeIfAbsent(Signature.of(object), s -> new ArrayDeque<>()).add(object);
            }
        }
        Set<SchemaObject> paired = Collections.newSetFromMap(new IdentityHashMap<>());
        if (candidates.isEmpty()) {
            return paired;
        }
        for (SchemaObject object : added) {
            if (!isCandidate(object)) {
                continue;
            }
            Deque<SchemaObject> same = candidates.get(Signature.of(object));
            if (same != null && !same.isEmpty()) {
                paired.add(same.poll());
                paired.add(object);
            }
        }
        return paired;
    }

    private static boolean isCandidate(SchemaObject object) {
        ObjectKey key = object.key();
        return (key.kind() == ObjectKind.CONSTRAINT || key.kind() == ObjectKind.INDEX)
                && looksGenerated(key.member(), key.name());
    }

    /**
     * What two generated-name twins have in common: everything but the number the server appended on a clash.
     * A name short enough never to have been cut keeps its stem ({@code orders_placed_idx} and
     * {@code orders_placed_idx2} are twins, {@code orders_placed_at_idx} is a renamed index); a long one may have
     * been cut differently around that number, so only its table and attributes count.
     */
    private record Signature(ObjectKind kind, String schema, String table, String stem, Map<String, Object> attributes) {
        static Signature of(SchemaObject object) {
            ObjectKey key = object.key();
            String name = key.member();
            String stem = name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES - MAX_CHARACTER_BYTES
                    ? name.replaceFirst("[0-9]+$", "") : "";
            return new Signature(key.kind(), key.schema(), key.name(), stem, Attributes.compared(object));
        }
    }
}
