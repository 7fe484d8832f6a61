package io.pgdrift.report;

import static io.pgdrift.diff.Samples.column;
import static io.pgdrift.diff.Samples.constraint;
import static io.pgdrift.diff.Samples.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.diff.AttributeChange;
import io.pgdrift.diff.Change;
import io.pgdrift.diff.DiffOptions;
import io.pgdrift.diff.Differ;
import io.pgdrift.diff.ObjectFilter;
import io.pgdrift.model.Column;
import io.pgdrift.model.ServerInfo;
import io.pgdrift.model.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static Snapshot snapshot(ServerInfo server, Instant at, String database, Column email) {
        return new Snapshot(Snapshot.FORMAT_VERSION, server, database, at,
                List.of(table("public", "users"), email, constraint("public", "users", "users_pkey", "PRIMARY KEY (id)")),
                List.of());
    }

    @Test
    void isTwelveHexDigitsAndStable() {
        assertThat(Fingerprint.of(Reports.CHANGES)).matches("[0-9a-f]{12}").isEqualTo(Fingerprint.of(Reports.CHANGES));
    }

    @Test
    void sameDriftOnOtherServersAndTimesGivesTheSameFingerprint() {
        Column before = column("public", "users", "email", 2, "text");
        Column after = column("public", "users", "email", 2, "citext");
        Differ differ = new Differ();
        List<Change> monday = differ.diff(
                snapshot(new ServerInfo(130020, "13.20"), Instant.parse("2026-11-23T03:00:00Z"), "app", before),
                snapshot(new ServerInfo(170004, "17.4"), Instant.parse("2026-11-23T03:00:05Z"), "app_staging", after),
                ObjectFilter.ALL, DiffOptions.DEFAULT);
        List<Change> tuesday = differ.diff(
                snapshot(new ServerInfo(130022, "13.22"), Instant.parse("2026-11-24T03:00:00Z"), "app_copy", before),
                snapshot(new ServerInfo(170006, "17.6"), Instant.parse("2026-11-24T03:00:07Z"), "app_staging", after),
                ObjectFilter.ALL, DiffOptions.DEFAULT);

        assertThat(monday).hasSize(1);
        assertThat(Fingerprint.of(tuesday)).isEqualTo(Fingerprint.of(monday));
    }

    @Test
    void orderOfTheListDoesNotMatter() {
        List<Change> shuffled = new ArrayList<>(Reports.CHANGES);
        Collections.reverse(shuffled);
        assertThat(Fingerprint.of(shuffled)).isEqualTo(Fingerprint.of(Reports.CHANGES));
    }

    @Test
    void anyOtherDriftGivesAnotherFingerprint() {
        Column before = Reports.EMAIL_BEFORE;
        List<List<Change>> drifts = List.of(
                List.of(),
                Reports.CHANGES,
                Reports.CHANGES.subList(0, 2),
                List.of(new Change.Added(table("public", "orders"))),
                List.of(new Change.Removed(table("public", "orders"))),
                List.of(new Change.Added(table("public", "order"))),
                List.of(new Change.Added(table("app", "orders"))),
                List.of(new Change.Added(constraint("public", "orders", "orders_check", "CHECK ((id > 0))"))),
                List.of(new Change.Added(constraint("public", "orders", "orders_check", "CHECK ((id > 1))"))),
                List.of(altered(before, "type", "text", "citext")),
                List.of(altered(before, "type", "text", "varchar")),
                List.of(altered(before, "type", "citext", "text")),
                List.of(altered(before, "defaultExpr", null, "''")),
                List.of(altered(before, "defaultExpr", "", "''")),
                List.of(altered(before, "comment", List.of("a", "b"), null)),
                List.of(altered(before, "comment", "a, b", null)),
                List.of(altered(before, "comment", "[a, b]", null)));

        assertThat(drifts.stream().map(Fingerprint::of).distinct()).hasSize(drifts.size());
    }

    private static Change altered(Column column, String name, Object from, Object to) {
        return new Change.Altered(column, column, List.of(new AttributeChange(name, from, to)));
    }
}
