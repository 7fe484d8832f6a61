package io.pgdrift.ticket;

import java.util.List;

/**
 * A pair's drift as the ticket stage needs it, already rendered by the report stage.
 *
 * @param title        the ticket title; null or blank for {@link #defaultTitle}
 * @param description  the Markdown brief (including its {@code pgdrift · pair … · fingerprint …} footer, which is
 *                     appended when missing, and a {@code ### Change list} block the next update compares with)
 * @param migrationSql the complete migration, uploaded as {@code migration.sql}
 * @param changeLines  one line per change ({@link io.pgdrift.report.ChangeLines}), to tell what appeared and
 *                     what went away since the ticket was last written
 * @param priority     Linear priority 0 (none) to 4 (low) to set when the pair's routing says
 *                     {@code priority: auto}; null leaves the ticket's priority as it is
 */
public record TicketDraft(String pair, String fingerprint, String title, String description, String migrationSql,
                          List<String> changeLines, Integer priority) {
    public TicketDraft {
        changeLines = List.copyOf(changeLines);
        if (priority != null && (priority < 0 || priority > 4)) {
            throw new IllegalArgumentException("priority " + priority + " is not a Linear priority (0 to 4)");
        }
    }

    /** A draft that leaves the priority alone. */
    public TicketDraft(String pair, String fingerprint, String title, String description, String migrationSql,
                       List<String> changeLines) {
        this(pair, fingerprint, title, description, migrationSql, changeLines, null);
    }

    /** This draft with another description (e.g. a note added in front of the brief). */
    public TicketDraft withDescription(String value) {
        return new TicketDraft(pair, fingerprint, title, value, migrationSql, changeLines, priority);
    }

    /** This draft with a priority 0-4, or null to leave the ticket's priority alone. */
    public TicketDraft withPriority(Integer value) {
        return new TicketDraft(pair, fingerprint, title, description, migrationSql, changeLines, value);
    }

    /** A draft titled {@code Schema drift: <pair> — N changes}. */
    public static TicketDraft of(String pair, String fingerprint, String description, String migrationSql,
                                 List<String> changeLines) {
        return new TicketDraft(pair, fingerprint, defaultTitle(pair, changeLines.size()), description, migrationSql,
                changeLines);
    }

    public static String defaultTitle(String pair, int changes) {
        return "Schema drift: " + pair + " — " + changes + " change" + (changes == 1 ? "" : "s");
    }
}
