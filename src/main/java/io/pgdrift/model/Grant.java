package io.pgdrift.model;

/**
 * One privilege held by a role on an object: {@code SELECT} to {@code reporting}. The object owner's own
 * privileges are left out by the catalog reader (owners differ between environments and hold everything
 * anyway); {@code grantee} is {@code PUBLIC} for grants to everyone.
 */
public record Grant(String grantee, String privilege, boolean grantable) implements Comparable<Grant> {
    public static final String PUBLIC = "PUBLIC";

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
