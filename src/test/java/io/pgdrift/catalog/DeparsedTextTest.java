package io.pgdrift.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text normalisations that make deparsed SQL compare equal across majors, without a server. */
class DeparsedTextTest {

    @Test
    void whitespaceCollapsesOutsideLiteralsIdentifiersAndDollarQuotes() {
        assertThat(Deparsed.normalise(" SELECT  a,\n\t b\n FROM ( SELECT 1 ) s ;\n"))
                .isEqualTo("SELECT a, b FROM (SELECT 1) s");
        assertThat(Deparsed.normalise("SELECT 'two  spaces', \"odd  name\", E'a\\'  b',  $x$ keep  this $x$"))
                .isEqualTo("SELECT 'two  spaces', \"odd  name\", E'a\\'  b', $x$ keep  this $x$");
        assertThat(Deparsed.normalise("SELECT $1  +  $2")).isEqualTo("SELECT $1 + $2");
        assertThat(Deparsed.normalise(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a single relation: the qualifier goes, except on what is no column reference
        "SELECT users.id, users.name FROM app.users WHERE (users.id > 0) | SELECT id, name FROM app.users WHERE (id > 0)",
        "SELECT u.id, app.f(u.id) AS f FROM app.users u | SELECT id, app.f(id) AS f FROM app.users u",
        "SELECT users.* FROM app.users | SELECT * FROM app.users",
        "SELECT users.id FROM ONLY app.users | SELECT id FROM ONLY app.users",
        "SELECT (users.id)::app.users FROM app.users | SELECT (id)::app.users FROM app.users",
        // quoted names
        "SELECT \"Order Lines\".\"ñandú\" FROM app.\"Order Lines\" | SELECT \"ñandú\" FROM app.\"Order Lines\"",
        // a subquery in FROM, a CTE; sub-selects keep their qualifiers in every version
        "SELECT sub.a FROM (SELECT users.id AS a FROM app.users) sub | SELECT a FROM (SELECT users.id AS a FROM app.users) sub",
        "WITH r AS (SELECT users.id FROM app.users) SELECT r.id FROM r | WITH r AS (SELECT users.id FROM app.users) SELECT id FROM r",
        "SELECT u.id FROM app.users u WHERE (u.id IN (SELECT l.x FROM app.l l WHERE (l.y > u.id))) | SELECT id FROM app.users u WHERE (id IN (SELECT l.x FROM app.l l WHERE (l.y > u.id)))",
        "SELECT g.i FROM generate_series(1, 3) g(i) | SELECT i FROM generate_series(1, 3) g(i)",
        "SELECT v.x FROM (VALUES (1), (2)) v(x) | SELECT x FROM (VALUES (1), (2)) v(x)",
        // more than one source or a set operation: untouched
        "SELECT u.id FROM (app.users u JOIN app.l l ON ((l.x = u.id))) | SELECT u.id FROM (app.users u JOIN app.l l ON ((l.x = u.id)))",
        "SELECT a.id FROM app.a, app.b | SELECT a.id FROM app.a, app.b",
        "SELECT a.id FROM app.a UNION SELECT b.id FROM app.b | SELECT a.id FROM app.a UNION SELECT b.id FROM app.b",
        // literals are never touched
        "SELECT users.id, 'users.id' AS t FROM app.users | SELECT id, 'users.id' AS t FROM app.users",
    })
    void viewsUpTo15ReadLike16(String upTo15, String from16) {
        assertThat(ViewText.canonical(upTo15, 15)).isEqualTo(from16);
        assertThat(ViewText.canonical(from16, 16)).isEqualTo(from16);
    }

    @Test
    void procedureArgumentsLoseTheInMode() {
        assertThat(RoutineRows.withoutInMode("IN days integer, INOUT n integer, IN x text DEFAULT 'IN , x'"))
                .isEqualTo("days integer, INOUT n integer, x text DEFAULT 'IN , x'");
        assertThat(RoutineRows.withoutInMode("IN a numeric(10,2), IN b integer")).isEqualTo("a numeric(10,2), b integer");
        assertThat(RoutineRows.withoutInMode("")).isEmpty();
    }

    @Test
    void versionMarkedLinesAreChosenByMajor() {
        String sql = "select a,\n  b as x,  -- pg14+\n  null as x,  -- before pg14\n  c\n";
        assertThat(CatalogSql.forMajor(sql, 13)).isEqualTo("select a,\n  null as x,  -- before pg14\n  c\n\n");
        assertThat(CatalogSql.forMajor(sql, 18)).isEqualTo("select a,\n  b as x,  -- pg14+\n  c\n\n");
    }
}
