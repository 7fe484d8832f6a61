package io.pgdrift.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.model.Column;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Snapshot;
import io.pgdrift.model.View;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The search_path of the connecting role must not leak into a snapshot: deparsed text (views, defaults, types)
 * is read with every name schema-qualified, so two databases with the same DDL compare equal even when their
 * roles have different search paths, and the DDL built from it runs under any search_path.
 */
class SearchPathTest {
    private static final String DDL = """
            CREATE SCHEMA app;
            CREATE TYPE app.mood AS ENUM ('ok', 'sad');
            CREATE SEQUENCE app.ids;
            CREATE TABLE app.t (id bigint DEFAULT nextval('app.ids'), m app.mood);
            CREATE VIEW app.v AS SELECT id, m FROM app.t;
            """;

    @Test
    void aRoleSearchPathDoesNotChangeTheSnapshot() {
        var server = PostgresServers.server(PostgresServers.highest());
        TestDatabase db = server.createDatabase("searchpath").execute(DDL);
        CatalogReader reader = new CatalogReader();

        Snapshot plain = reader.read(DatabaseUrl.parse(db.uri()));
        Snapshot inApp = reader.read(DatabaseUrl.parse(db.uri() + "?options=-c%20search_path%3Dapp"));

        assertThat(inApp.objects()).isEqualTo(plain.objects());
        View view = (View) plain.objects().stream().filter(o -> o.kind() == ObjectKind.VIEW).findFirst().orElseThrow();
        assertThat(view.definition()).contains("FROM app.t");
        Column mood = (Column) plain.objects().stream()
                .filter(o -> o.kind() == ObjectKind.COLUMN && o.key().member().equals("m")).findFirst().orElseThrow();
        assertThat(mood.type()).isEqualTo("app.mood");
    }
}
