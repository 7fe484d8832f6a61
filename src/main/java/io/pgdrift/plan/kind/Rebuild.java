package io.pgdrift.plan.kind;

/** How a changed object is brought from FROM's form to TO's. */
public enum Rebuild {
    /** ALTER statements change it; nothing else has to move */
    IN_PLACE,
    /** no ALTER covers the change: it is dropped and created again, and so is every dependent */
    DROP_AND_CREATE,
    /** a type (enum, domain) is recreated under its name: the old one renamed, columns moved over, dropped */
    REPLACE_TYPE,
    /** a column changes type or collation in place: what reads it (views, policies, routines) is rebuilt */
    RETYPE
}
