package io.pgdrift.model;

/**
 * "{@code dependent} cannot exist without {@code referenced}", from {@code pg_depend}, between compared objects
 * only (a view on a column, a default on a function, a trigger on its function). The plan orders its
 * statements with these: dependents are dropped before and recreated after what they depend on.
 */
public record Dependency(ObjectKey dependent, ObjectKey referenced) {
}
