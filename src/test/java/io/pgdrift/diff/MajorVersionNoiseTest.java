package io.pgdrift.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.model.Extension;
import io.pgdrift.model.Grant;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaDef;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.ServerInfo;
import io.pgdrift.model.Snapshot;
import io.pgdrift.model.Table;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What only a different major explains is not drift; the same difference on one major still is. */
class MajorVersionNoiseTest {
    private static final ServerInfo PG13 = new ServerInfo(130022, "13.22");
    private static final ServerInfo PG13_OTHER_MINOR = new ServerInfo(130010, "13.10");
    private static final ServerInfo PG18 = new ServerInfo(180001, "18.1");

    private static final List<Grant> ALL_BEFORE_17 = grants("DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER",
            "TRUNCATE", "UPDATE");
    private static final List<Grant> ALL_FROM_17 = grants("DELETE", "INSERT", "MAINTAIN", "REFERENCES", "SELECT",
            "TRIGGER", "TRUNCATE", "UPDATE");

    @Test
    void extensionDefaultVersionsOfTwoMajorsAreNotDrift() {
        List<Change> changes = diff(PG13, extension("1.5"), PG18, extension("1.6"));

        assertThat(changes).isEmpty();
    }

    @Test
    void anExtensionUpdateOnOneMajorIsDrift() {
        List<Change> changes = diff(PG13, extension("1.5"), PG13_OTHER_MINOR, extension("1.6"));

        assertThat(changes).singleElement().isInstanceOfSatisfying(Change.Altered.class,
                altered -> assertThat(altered.attributes()).extracting(AttributeChange::name).containsExactly("version"));
    }

    @Test
    void grantAllMeansMaintainFrom17OnAndIsNotDriftAgainstAnOlderMajor() {
        assertThat(diff(PG13, table(ALL_BEFORE_17), PG18, table(ALL_FROM_17))).isEmpty();
    }

    @Test
    void aRealGrantChangeAcrossMajorsIsStillReportedWithoutMaintain() {
        List<Change> changes = diff(PG18, table(ALL_FROM_17), PG13, table(grants("SELECT")));

        assertThat(changes).singleElement().isInstanceOfSatisfying(Change.Altered.class, altered -> {
            AttributeChange grants = altered.attributes().get(0);
            assertThat(grants.name()).isEqualTo("grants");
            assertThat(grants.from()).isEqualTo(ALL_BEFORE_17);
            assertThat(grants.to()).isEqualTo(grants("SELECT"));
        });
    }

    @Test
    void maintainIsComparedBetweenTwoServersThatHaveIt() {
        ServerInfo pg17 = new ServerInfo(170006, "17.6");

        assertThat(diff(pg17, table(ALL_BEFORE_17), PG18, table(ALL_FROM_17))).hasSize(1);
    }

    @Test
    void createOnThePublicSchemaFromInitdbOf13IsNotDriftAgainst18ButIsBetweenTwo13s() {
        SchemaDef initdb13 = publicSchema(new Grant(Grant.PUBLIC, "CREATE", false), new Grant(Grant.PUBLIC, "USAGE", false));
        SchemaDef hardened = publicSchema(new Grant(Grant.PUBLIC, "USAGE", false));

        assertThat(diff(PG13, initdb13, PG18, hardened)).isEmpty();
        assertThat(diff(PG13, initdb13, PG13_OTHER_MINOR, hardened)).singleElement().isInstanceOf(Change.Altered.class);
    }

    private static SchemaDef publicSchema(Grant... grants) {
        return new SchemaDef(ObjectKey.schema("public"), List.of(grants), null);
    }

    private static List<Change> diff(ServerInfo fromServer, SchemaObject from, ServerInfo toServer, SchemaObject to) {
        return new Differ().diff(snapshot(fromServer, from), snapshot(toServer, to), ObjectFilter.ALL, DiffOptions.DEFAULT);
    }

    private static Snapshot snapshot(ServerInfo server, SchemaObject object) {
        return new Snapshot(Snapshot.FORMAT_VERSION, server, "app", Instant.EPOCH, List.of(object), List.of());
    }

    private static Extension extension(String version) {
        return new Extension(ObjectKey.global(ObjectKind.EXTENSION, "pg_trgm"), version, "public", null);
    }

    private static Table table(List<Grant> grants) {
        return new Table(ObjectKey.of(ObjectKind.TABLE, "public", "session"), false, null, null, null, List.of(),
                false, false, List.of(), List.of(), null, null, List.of(), grants, null);
    }

    private static List<Grant> grants(String... privileges) {
        return java.util.Arrays.stream(privileges).map(p -> new Grant("app", p, false)).toList();
    }
}
