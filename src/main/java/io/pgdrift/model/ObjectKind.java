package io.pgdrift.model;

/**
 * Every kind of schema object pgdrift compares. The declaration order is the order objects are listed in a
 * snapshot and in reports, roughly "containers before contents".
 */
public enum ObjectKind {
    SCHEMA("schema"),
    EXTENSION("extension"),
    COLLATION("collation"),
    ENUM("enum"),
    DOMAIN("domain"),
    COMPOSITE_TYPE("composite type"),
    SEQUENCE("sequence"),
    TABLE("table"),
    COLUMN("column"),
    CONSTRAINT("constraint"),
    INDEX("index"),
    VIEW("view"),
    MATERIALIZED_VIEW("materialized view"),
    FUNCTION("function"),
    TRIGGER("trigger"),
    EVENT_TRIGGER("event trigger"),
    POLICY("policy"),
    STATISTICS("statistics"),
    DEFAULT_PRIVILEGES("default privileges"),
    RANGE_TYPE("range type"),
    TEXT_SEARCH_PARSER("text search parser"),
    TEXT_SEARCH_TEMPLATE("text search template"),
    TEXT_SEARCH_DICTIONARY("text search dictionary"),
    TEXT_SEARCH_CONFIGURATION("text search configuration"),
    OPERATOR("operator"),
    OPERATOR_FAMILY("operator family"),
    OPERATOR_CLASS("operator class"),
    CONVERSION("conversion"),
    FOREIGN_DATA_WRAPPER("foreign-data wrapper"),
    FOREIGN_SERVER("foreign server"),
    USER_MAPPING("user mapping"),
    FOREIGN_TABLE("foreign table"),
    PUBLICATION("publication"),
    SUBSCRIPTION("subscription"),
    ACCESS_METHOD("access method"),
    LANGUAGE("procedural language"),
    AGGREGATE("aggregate"),
    CAST("cast"),
    RULE("rule");

    private final String label;

    ObjectKind(String label) {
        this.label = label;
    }

    /** Human name, as used in briefs: {@code "materialized view"}. */
    public String label() {
        return label;
    }
}
