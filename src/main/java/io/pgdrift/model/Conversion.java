package io.pgdrift.model;

/**
 * An encoding conversion ({@code CREATE CONVERSION}).
 *
 * @param sourceEncoding      the encoding converted from, by name ({@code LATIN1})
 * @param destinationEncoding the encoding converted to
 * @param function            the conversion function, schema-qualified SQL
 * @param isDefault           {@code CREATE DEFAULT CONVERSION}
 */
public record Conversion(ObjectKey key, String sourceEncoding, String destinationEncoding, String function,
                         boolean isDefault, String comment) implements SchemaObject {
}
