package io.pgdrift.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a list component whose order is kept (the migration writes it back in that order, as {@code pg_dump}
 * shows it) but is not drift by itself: {@link Attributes#compared} hands it out sorted. Storage parameters
 * and event-trigger tags are such lists.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Unordered {
}
