package io.pgdrift.model;

import java.util.List;

/**
 * A function, window function or procedure (aggregates are a kind of their own). Keyed by schema, name and
 * identity argument types.
 *
 * @param procedure  true for {@code CREATE PROCEDURE}
 * @param arguments  {@code pg_get_function_arguments}: names, modes and defaults
 * @param result     {@code pg_get_function_result}, null for a procedure
 * @param body       the source ({@code prosrc}) with leading and trailing blank space removed, or for a
 *                   SQL-standard body ({@code BEGIN ATOMIC}) the deparsed body
 * @param volatility {@code IMMUTABLE}, {@code STABLE} or {@code VOLATILE}
 * @param parallel   {@code SAFE}, {@code RESTRICTED} or {@code UNSAFE}
 * @param config     {@code SET} clauses ({@code proconfig}), e.g. {@code search_path=public}, sorted
 * @param cost       {@code COST} when it is not the default for the language (1 for C and internal, else 100)
 * @param rows       {@code ROWS} of a set-returning function when it is not the default 1000
 * @param definition {@code pg_get_functiondef}: the complete {@code CREATE OR REPLACE}, used by the plan
 * @param support    the planner support function ({@code SUPPORT}, {@code prosupport}), schema-qualified; null
 *                   when there is none
 * @param window     {@code TRUE} for a window function ({@code WINDOW}), null for any other routine
 */
public record Function(ObjectKey key, boolean procedure, String arguments, String result, String language,
                       String body, String volatility, boolean strict, boolean securityDefiner, boolean leakproof,
                       String parallel, List<String> config, String cost, String rows,
                       @NotCompared String definition, List<Grant> grants,
                       String comment, @UnsetNotFingerprinted String support,
                       @UnsetNotFingerprinted Boolean window) implements SchemaObject {
    public Function {
        config = Lists.copy(config);
        grants = Lists.copy(grants);
    }

    /** A routine without a planner support function. */
    public Function(ObjectKey key, boolean procedure, String arguments, String result, String language, String body,
                    String volatility, boolean strict, boolean securityDefiner, boolean leakproof, String parallel,
                    List<String> config, String cost, String rows, String definition, List<Grant> grants,
                    String comment) {
        this(key, procedure, arguments, result, language, body, volatility, strict, securityDefiner, leakproof,
                parallel, config, cost, rows, definition, grants, comment, null, null);
    }
}
