package io.pgdrift.plan.kind;

import io.pgdrift.model.TextSearchConfiguration;
import io.pgdrift.model.TextSearchConfiguration.Mapping;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Text search configurations: mappings are added, altered and dropped in place, one token type at a time
 * (token types sharing a dictionary list in one statement when created); another parser drops the
 * configuration and creates it again.
 */
final class TextSearchConfigurationDdl implements KindDdl<TextSearchConfiguration> {

    static final TextSearchConfigurationDdl INSTANCE = new TextSearchConfigurationDdl();

    @Override
    public Class<TextSearchConfiguration> type() {
        return TextSearchConfiguration.class;
    }

    @Override
    public Step create(TextSearchConfiguration c, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.CREATE, c.key(), "CREATE " + commentTarget(c) + " (PARSER = " + c.parser() + ");",
                d);
        Map<String, List<String>> tokensByDictionaries = new LinkedHashMap<>();
        for (Mapping m : c.mappings()) {
            tokensByDictionaries.computeIfAbsent(m.dictionaries(), k -> new ArrayList<>()).add(Sql.ident(m.token()));
        }
        tokensByDictionaries.forEach((dictionaries, tokens) -> plan.step(Phase.CREATE, c.key(), "ALTER "
                + commentTarget(c) + " ADD MAPPING FOR " + String.join(", ", tokens) + " WITH " + dictionaries + ";",
                d).needs(c.key()));
        Kinds.commentOnCreate(plan, c, d);
        return main;
    }

    @Override
    public Step drop(TextSearchConfiguration c, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, c.key(), "DROP " + commentTarget(c) + ";", d);
    }

    @Override
    public Rebuild rebuild(TextSearchConfiguration from, TextSearchConfiguration to, int fromMajor) {
        return Objects.equals(from.parser(), to.parser()) ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    @Override
    public void alter(TextSearchConfiguration f, TextSearchConfiguration t, PlanContext plan, Direction d) {
        Map<String, String> before = byToken(f);
        Map<String, String> after = byToken(t);
        String target = "ALTER " + commentTarget(t);
        before.keySet().stream().filter(token -> !after.containsKey(token)).forEach(token -> plan.alter(Phase.ALTER,
                t.key(), target + " DROP MAPPING FOR " + Sql.ident(token) + ";", d));
        after.forEach((token, dictionaries) -> {
            String old = before.get(token);
            if (!dictionaries.equals(old)) {
                plan.alter(Phase.ALTER, t.key(), target + (old == null ? " ADD" : " ALTER") + " MAPPING FOR "
                        + Sql.ident(token) + " WITH " + dictionaries + ";", d);
            }
        });
    }

    @Override
    public String commentTarget(TextSearchConfiguration c) {
        return "TEXT SEARCH CONFIGURATION " + Names.rel(c.key());
    }

    private static Map<String, String> byToken(TextSearchConfiguration c) {
        return c.mappings().stream().collect(Collectors.toMap(Mapping::token, Mapping::dictionaries, (a, b) -> a,
                LinkedHashMap::new));
    }
}
