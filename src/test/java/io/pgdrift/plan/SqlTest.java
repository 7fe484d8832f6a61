package io.pgdrift.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdrift.PgdriftException;
import org.junit.jupiter.api.Test;

class SqlTest {

    @Test
    void simpleLowerCaseNamesStayBare() {
        assertThat(Sql.ident("users")).isEqualTo("users");
        assertThat(Sql.ident("order_items_2")).isEqualTo("order_items_2");
        assertThat(Sql.ident("_x")).isEqualTo("_x");
    }

    @Test
    void keywordsThatNeedQuotesAreQuoted() {
        assertThat(Sql.ident("user")).isEqualTo("\"user\"");
        assertThat(Sql.ident("order")).isEqualTo("\"order\"");
        assertThat(Sql.ident("select")).isEqualTo("\"select\"");
        assertThat(Sql.ident("between")).isEqualTo("\"between\"");
        assertThat(Sql.ident("left")).isEqualTo("\"left\"");
        // unreserved keywords are plain identifiers
        assertThat(Sql.ident("name")).isEqualTo("name");
        assertThat(Sql.ident("data")).isEqualTo("data");
    }

    @Test
    void capitalsSpacesQuotesDigitsAndUnicodeAreQuoted() {
        assertThat(Sql.ident("Users")).isEqualTo("\"Users\"");
        assertThat(Sql.ident("my table")).isEqualTo("\"my table\"");
        assertThat(Sql.ident("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Sql.ident("1st")).isEqualTo("\"1st\"");
        assertThat(Sql.ident("café")).isEqualTo("\"café\"");
        assertThat(Sql.ident("a$b")).isEqualTo("\"a$b\"");
    }

    @Test
    void qualifiedNamesQuoteEachPart() {
        assertThat(Sql.qualified("public", "User Accounts")).isEqualTo("public.\"User Accounts\"");
        assertThat(Sql.qualified("Sales", "order")).isEqualTo("\"Sales\".\"order\"");
    }

    @Test
    void literalsDoubleSingleQuotesAndKeepBackslashes() {
        assertThat(Sql.literal("it's")).isEqualTo("'it''s'");
        assertThat(Sql.literal("C:\\temp")).isEqualTo("'C:\\temp'");
        assertThat(Sql.literal("line\nbreak")).isEqualTo("'line\nbreak'");
        assertThat(Sql.literal(null)).isEqualTo("NULL");
    }

    @Test
    void emptyIdentifierIsRefused() {
        assertThatThrownBy(() -> Sql.ident("")).isInstanceOf(PgdriftException.class);
    }
}
