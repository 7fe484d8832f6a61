package io.pgdrift.plan;

/**
 * One risk of one statement.
 *
 * @param detail     what exactly, in a sentence ({@code drops column email of public.users and its data})
 * @param saferPath  how to do it with less risk, or null when there is none
 */
public record Hazard(HazardKind kind, String detail, String saferPath) {
}
