package io.pgdrift.report;

import io.pgdrift.diff.AttributeChange;
import io.pgdrift.diff.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One short line per change ({@code + table public.orders}, {@code - index public.users.users_tmp_idx},
 * {@code ~ column public.users.email (type, notNull)}), used in the brief's change list and by the ticket
 * stage to say what appeared and what went away between two nights. Names are written with
 * {@link VisibleText}, so each change is exactly one line.
 */
public final class ChangeLines {
    private ChangeLines() {
    }

    public static List<String> of(List<Change> changes) {
        List<String> lines = new ArrayList<>(changes.size());
        for (Change change : changes) {
            lines.add(of(change));
        }
        return lines;
    }

    public static String of(Change change) {
        ChangeType type = ChangeType.of(change);
        String line = type.sign + " " + change.key().kind().label() + " " + VisibleText.of(change.key().display());
        if (type != ChangeType.ALTERED) {
            return line;
        }
        return line + " (" + ChangeType.attributes(change).stream().map(AttributeChange::name)
                .collect(Collectors.joining(", ")) + ")";
    }
}
