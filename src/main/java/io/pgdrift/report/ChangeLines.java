package io.pgdrift.report;

import io.pgdrift.diff.Change;
import java.util.List;

/**
 * One short line per change ({@code + table public.orders}, {@code - index public.users.users_tmp_idx},
 * {@code ~ column public.users.email: type, notNull}), used in the brief's change list and by the ticket
 * stage to say what appeared and what went away between two nights.
 */
public final class ChangeLines {
    private ChangeLines() {
    }

    public static List<String> of(List<Change> changes) {
        throw new UnsupportedOperationException("not built yet");
    }
}
