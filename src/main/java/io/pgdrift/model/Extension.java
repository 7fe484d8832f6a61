package io.pgdrift.model;

import java.util.List;

/**
 * An installed extension; the objects it creates are not compared one by one.
 *
 * @param memberGrants the privileges on the extension's own objects that no longer are those the extension
 *                     gave them, by member; null when every member keeps its initial privileges
 */
public record Extension(ObjectKey key, String version, String schema, String comment,
                        @UnsetNotFingerprinted List<MemberGrants> memberGrants) implements SchemaObject {

    public Extension {
        memberGrants = Lists.copyOrUnset(memberGrants);
    }

    /** An extension whose members keep the privileges it gave them. */
    public Extension(ObjectKey key, String version, String schema, String comment) {
        this(key, version, schema, comment, null);
    }

    /**
     * One member's privileges, its owner's own left out.
     *
     * @param target  how GRANT names the member: {@code ROUTINE public.similarity(text,text)}, {@code LANGUAGE plpgsql}
     * @param initial what the extension gave it ({@code pg_init_privs}, else the default of its kind)
     * @param grants  what it has now
     */
    public record MemberGrants(String target, List<Grant> initial, List<Grant> grants) {
        public MemberGrants {
            initial = Lists.copy(initial);
            grants = Lists.copy(grants);
        }
    }
}
