package io.pgdrift.model;

import java.util.List;

/**
 * A user mapping ({@code CREATE USER MAPPING FOR role SERVER server}), keyed by server ({@code name}) and role
 * ({@code member}, {@code PUBLIC} for everyone). User mappings have no comment.
 *
 * <p>A secret option (a password, a key, a token) is read as its name alone: its value is never selected, so
 * it reaches no snapshot, brief or log. Other options are {@code name=value}.
 *
 * @param options       the options in the catalog's order (the order is not drift); empty when hidden
 * @param optionsHidden the reading role may not see the options (only a superuser, the server's owner and the
 *                      mapped role itself may): they read as none and are compared with neither side (a role
 *                      that may see them may have read the other), and the plan writes no option it cannot know
 */
public record UserMapping(ObjectKey key, @Unordered List<String> options,
                          @NotCompared boolean optionsHidden) implements SchemaObject {
    public UserMapping {
        options = optionsHidden ? List.of() : Lists.copy(options);
    }

    /** The server the mapping is for. */
    public String server() {
        return key.name();
    }

    /** The mapped role, or {@code PUBLIC}. */
    public String role() {
        return key.member();
    }

    @Override
    public String comment() {
        return null;
    }

    @Override
    public boolean hides(String attribute) {
        return optionsHidden && attribute.equals("options");
    }
}
