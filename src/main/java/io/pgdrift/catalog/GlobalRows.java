package io.pgdrift.catalog;

import io.pgdrift.model.EventTrigger;
import io.pgdrift.model.Extension;
import io.pgdrift.model.Grant;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaDef;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Rows of the database-wide kinds: schemas, extensions, event triggers. */
final class GlobalRows {
    private GlobalRows() {
    }

    static void schema(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        // read as it is: the public schema's CREATE to everyone on 13 and 14 is set aside only across majors
        // (MajorVersionNoise), so that REVOKE CREATE ON SCHEMA public on 13 is drift between two 13s
        out.accept(new SchemaDef(ObjectKey.schema(row.text("name")), row.grants(), row.text("comment")));
    }

    static void extension(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        out.accept(new Extension(ObjectKey.global(ObjectKind.EXTENSION, row.text("name")), row.text("version"),
                row.text("schema"), row.text("comment"), memberGrants(row)));
    }

    /** The parallel member arrays of an extension's row, one entry per member, in the row's (target) order. */
    private static List<Extension.MemberGrants> memberGrants(Rows row) throws SQLException {
        List<String> targets = row.texts("member_targets");
        List<Object> initial = row.array("member_initial");
        List<String> grantees = row.texts("member_grantees");
        List<String> privileges = row.texts("member_privileges");
        List<Object> grantable = row.array("member_grantable");
        Map<String, Set<Grant>> initialByTarget = new LinkedHashMap<>();
        Map<String, Set<Grant>> grantsByTarget = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            String target = targets.get(i);
            initialByTarget.computeIfAbsent(target, t -> new TreeSet<>());
            grantsByTarget.computeIfAbsent(target, t -> new TreeSet<>());
            Grant grant = new Grant(grantees.get(i), privileges.get(i), Boolean.TRUE.equals(grantable.get(i)));
            (Boolean.TRUE.equals(initial.get(i)) ? initialByTarget : grantsByTarget).get(target).add(grant);
        }
        List<Extension.MemberGrants> members = new ArrayList<>(initialByTarget.size());
        initialByTarget.forEach((target, before) -> members.add(new Extension.MemberGrants(target,
                List.copyOf(before), List.copyOf(grantsByTarget.get(target)))));
        return members;
    }

    static void eventTrigger(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.global(ObjectKind.EVENT_TRIGGER, row.text("name"));
        oids.put(OidKeys.PG_EVENT_TRIGGER, row.number("oid"), key);
        out.accept(new EventTrigger(key, row.text("event"),
                row.text("function"), row.texts("tags"), enabled(row.text("enabled")), row.text("comment")));
    }

    /** {@code tgenabled} / {@code evtenabled} as a word. */
    static String enabled(String code) {
        return switch (code) {
            case "O" -> "ORIGIN";
            case "D" -> "DISABLED";
            case "R" -> "REPLICA";
            case "A" -> "ALWAYS";
            default -> code;
        };
    }
}
