package io.pgdrift.model;

/**
 * An access method ({@code CREATE ACCESS METHOD}), database-wide; built-in ones and those of an extension are
 * not read.
 *
 * @param type    {@code TABLE} or {@code INDEX}
 * @param handler the handler function, as {@code regproc} prints it
 */
public record AccessMethod(ObjectKey key, String type, String handler, String comment) implements SchemaObject {
}
