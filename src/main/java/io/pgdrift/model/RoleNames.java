package io.pgdrift.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that holds role names (a list of them, sorted), which a pair's role map renames.
 * Grants ({@code List<Grant>}) are recognised by their type and need no mark.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface RoleNames {
}
