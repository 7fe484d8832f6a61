package io.pgdrift.report;

import static io.pgdrift.diff.Samples.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.diff.Change;
import io.pgdrift.model.Function;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeLinesTest {

    @Test
    void oneLinePerChange() {
        assertThat(ChangeLines.of(Reports.CHANGES)).containsExactly(
                "+ table public.orders",
                "~ column public.users.email (type, notNull)",
                "- index public.users.users_tmp_idx");
    }

    @Test
    void functionsShowTheirArguments() {
        Function f = new Function(new ObjectKey(ObjectKind.FUNCTION, "public", "add", "integer, integer"), false, "",
                "integer", "sql", "SELECT 1", "VOLATILE", false, false, false, "UNSAFE", List.of(), null, null, "", List.of(),
                null);
        assertThat(ChangeLines.of(new Change.Removed(f))).isEqualTo("- function public.add(integer, integer)");
    }

    @Test
    void namesWithLineBreaksStayOnOneLineAndDistinct() {
        List<String> lines = ChangeLines.of(List.of(new Change.Added(table("public", "a\nb")),
                new Change.Added(table("public", "a\\nb")), new Change.Added(table("public", "tab\there"))));

        assertThat(lines).containsExactly("+ table public.a\\nb", "+ table public.a\\\\nb", "+ table public.tab\\there");
        assertThat(lines).allMatch(line -> !line.contains("\n") && !line.contains("\t"));
    }
}
