package io.pgdrift.ticket;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The change lines a ticket was last written with, read back from its description: the fenced block under the
 * brief's {@code ### Change list} heading. A code block keeps its text through Linear's rich-text round trip,
 * which is why the list is parsed from there and not from the prose around it.
 */
final class ChangeList {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+Change list\\s*#*\\s*$");

    private ChangeList() {
    }

    /** The lines of the change-list block, or empty when the description has none. */
    static Optional<List<String>> parse(String description) {
        if (description == null) {
            return Optional.empty();
        }
        String[] lines = description.split("\\R", -1);
        int i = 0;
        while (i < lines.length && !HEADING.matcher(lines[i]).matches()) {
            i++;
        }
        for (i++; i < lines.length; i++) {
            String fence = Fences.opening(lines[i]);
            if (fence != null) {
                List<String> out = new ArrayList<>();
                for (i++; i < lines.length && !Fences.closes(lines[i], fence); i++) {
                    if (!lines[i].isBlank()) {
                        out.add(lines[i].strip());
                    }
                }
                return Optional.of(out);
            }
            if (lines[i].stripLeading().startsWith("#")) {
                break;
            }
        }
        return Optional.empty();
    }

    /** What appeared and what went away between the previous list and the current one, each in list order. */
    record Delta(List<String> appeared, List<String> wentAway) {
        static Delta between(List<String> previous, List<String> current) {
            Set<String> before = new LinkedHashSet<>(previous);
            Set<String> now = new LinkedHashSet<>(current);
            List<String> appeared = now.stream().filter(line -> !before.contains(line)).toList();
            List<String> gone = before.stream().filter(line -> !now.contains(line)).toList();
            return new Delta(appeared, gone);
        }

        boolean isEmpty() {
            return appeared.isEmpty() && wentAway.isEmpty();
        }
    }
}
