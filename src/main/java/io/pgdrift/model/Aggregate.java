package io.pgdrift.model;

import java.util.List;

/**
 * An aggregate ({@code CREATE AGGREGATE}), keyed like a function by schema, name and identity argument types.
 * Support functions are {@code regproc} names (schema-qualified outside {@code pg_catalog}); options left at
 * their default are null, so an aggregate written with or without them reads the same.
 *
 * @param arguments  {@code pg_get_function_arguments}, with {@code ORDER BY} for an ordered-set aggregate
 * @param aggregateKind {@code NORMAL}, {@code ORDERED_SET} or {@code HYPOTHETICAL}
 * @param result     {@code pg_get_function_result}
 * @param finalModify {@code READ_ONLY}, {@code SHAREABLE} or {@code READ_WRITE}; null without a final function
 * @param movingFinalModify the same for the moving-aggregate final function
 * @param sortOperator {@code SORTOP}, as {@code regoper} prints it
 * @param parallel   {@code SAFE}, {@code RESTRICTED} or {@code UNSAFE}
 */
public record Aggregate(ObjectKey key, String arguments, String aggregateKind, String result,
                        String transition, String stateType, Integer stateSpace,
                        String finalFunction, boolean finalExtra, String finalModify,
                        String combine, String serialize, String deserialize, String initialCondition,
                        String movingTransition, String movingInverse, String movingStateType,
                        Integer movingStateSpace, String movingFinal, boolean movingFinalExtra,
                        String movingFinalModify, String movingInitialCondition,
                        String sortOperator, String parallel, List<Grant> grants, String comment)
        implements SchemaObject {
    public Aggregate {
        grants = Lists.copy(grants);
    }
}
