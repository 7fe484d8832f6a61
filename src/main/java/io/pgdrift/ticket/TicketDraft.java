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
 */
public record TicketDraft(String pair, String fingerprint, String title, String description, String migrationSql,
                          List<String> changeLines) {
    public TicketDraft {
        changeLines = List.copyOf(changeLines);
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
