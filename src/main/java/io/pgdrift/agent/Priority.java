package io.pgdrift.agent;

import java.util.Arrays;
import java.util.Optional;

/** How urgent a migration review is, on Linear's scale (0 is "no priority", which pgdrift never picks). */
public enum Priority {
    URGENT(1), HIGH(2), MEDIUM(3), LOW(4);

    private final int linear;

    Priority(int linear) {
        this.linear = linear;
    }

    /** Linear's number for it: 1 urgent, 2 high, 3 medium, 4 low. */
    public int linear() {
        return linear;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<Priority> ofLinear(int number) {
        return Arrays.stream(values()).filter(p -> p.linear == number).findFirst();
    }
}
