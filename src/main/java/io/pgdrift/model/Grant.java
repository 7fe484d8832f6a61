package io.pgdrift.model;

/**
 * One privilege held by a role on an object: {@code SELECT} to {@code reporting}; {@code grantee} is
 * {@code PUBLIC} for grants to everyone. The owner's own privileges are not listed as grants (owners differ
 * between environments), except those of the built-in default the owner gave up: each is a grant to
 * {@link #OWNER_LACKS}, and those beyond the default granted to the owner (a column's): each a grant to
 * {@link #OWNER}; both compared whatever the owner is called.
 */
public record Grant(String grantee, String privilege, boolean grantable) implements Comparable<Grant> {
    public static final String PUBLIC = "PUBLIC";
    /** The grantee of a privilege the object's owner no longer holds ({@code REVOKE ... FROM owner}). */
    public static final String OWNER_LACKS = "(owner lacks)";
    /** The grantee of a privilege beyond the default granted to the object's owner ({@code GRANT ... TO owner}). */
    public static final String OWNER = "(owner)";

    @Override
    public int compareTo(Grant o) {
        int c = grantee.compareTo(o.grantee);
        if (c != 0) {
            return c;
        }
        c = privilege.compareTo(o.privilege);
        return c != 0 ? c : Boolean.compare(grantable, o.grantable);
    }
}
