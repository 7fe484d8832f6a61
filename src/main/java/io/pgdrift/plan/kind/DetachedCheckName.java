package io.pgdrift.plan.kind;

import io.pgdrift.model.Column;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Table;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The name PostgreSQL (14-18) gives the CHECK constraint that {@code DETACH PARTITION ... CONCURRENTLY} adds to
 * the detached table, a copy of its partition constraint, so that the migration can drop it again (staging's
 * table has none). PostgreSQL names it as an unnamed table CHECK: {@code <table>_<column>_check} when the
 * partition constraint (its own bound and every ancestor's) mentions one column, {@code <table>_check} when it
 * mentions several; the two names cut to 63 bytes, the longer first; {@code check1}, {@code check2}, ... when the
 * schema already holds a constraint of that name. It adds none when the table's own checks imply the bound (and
 * PostgreSQL 18 adds none for a hash partition), which is why the drop says {@code IF EXISTS}. The rule was read
 * off servers 14 to 18 (range, list, hash, multi-column, expression keys, long names, a taken name).
 */
final class DetachedCheckName {
    private static final int NAME_BYTES = 63;

    private DetachedCheckName() {
    }

    /** The name for {@code partition}, detached from its production parent, as production would choose it. */
    static String of(Table partition, SnapshotIndex production) {
        Set<String> columns = keyColumns(partition, production);
        String column = columns.size() == 1 ? columns.iterator().next() : null;
        Set<String> taken = constraintNames(production, partition.key().schema());
        String table = partition.key().name();
        for (int pass = 0; ; pass++) {
            String name = objectName(table, column, pass == 0 ? "check" : "check" + pass);
            if (!taken.contains(name)) {
                return name;
            }
        }
    }

    /** The columns the partition keys of every ancestor mention: what PostgreSQL's partition constraint reads. */
    private static Set<String> keyColumns(Table partition, SnapshotIndex production) {
        // partitions list no columns of their own in the snapshot: the root of the tree names them
        Set<String> mentioned = new LinkedHashSet<>();
        ObjectKey root = partition.partitionOf();
        ObjectKey parent = root;
        while (parent != null && production.get(parent) instanceof Table t) {
            mentioned.addAll(Identifiers.in(t.partitionKey()));
            root = parent;
            parent = t.partitionOf();
        }
        Set<String> columns = new LinkedHashSet<>();
        for (Column c : production.columns(root)) {
            if (mentioned.contains(c.key().member())) {
                columns.add(c.key().member());
            }
        }
        return columns;
    }

    private static Set<String> constraintNames(SnapshotIndex side, String schema) {
        Set<String> names = new LinkedHashSet<>();
        for (SchemaObject object : side.objects()) {
            if (object.key().kind() == ObjectKind.CONSTRAINT && object.key().schema().equals(schema)) {
                names.add(object.key().member());
            }
        }
        return names;
    }

    /**
     * {@code name1_name2_label} in at most 63 bytes: while too long, the longer of the two names loses a byte
     * (the second on a tie), then each is cut back to a whole character, as PostgreSQL's makeObjectName does.
     */
    static String objectName(String name1, String name2, String label) {
        int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
        int available = NAME_BYTES - overhead;
        int bytes1 = utf8(name1).length;
        int bytes2 = name2 == null ? 0 : utf8(name2).length;
        while (bytes1 + bytes2 > available) {
            if (bytes1 > bytes2) {
                bytes1--;
            } else {
                bytes2--;
            }
        }
        return clip(name1, bytes1) + (name2 == null ? "" : "_" + clip(name2, bytes2)) + "_" + label;
    }

    /** The longest prefix of {@code text} of whole characters within {@code bytes} bytes of UTF-8. */
    private static String clip(String text, int bytes) {
        int end = 0;
        int used = 0;
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            int size = utf8(text.substring(end, next)).length;
            if (used + size > bytes) {
                break;
            }
            used += size;
            end = next;
        }
        return text.substring(0, end);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
