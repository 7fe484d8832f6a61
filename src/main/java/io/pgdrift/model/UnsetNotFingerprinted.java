package io.pgdrift.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a compared record component that a kind gained after its fingerprints were in use: while it is null
 * (unset, the common case) it is left out of the fingerprint, so drift pgdrift reported before keeps its
 * fingerprint and its ticket is not updated for nothing. It is compared like any other component.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface UnsetNotFingerprinted {
}
