package io.pgdrift.ticket;

import java.util.List;

/**
 * A pair's drift as the ticket stage needs it, already rendered by the report stage.
 *
 * @param description  the Markdown brief (including its {@code pgdrift · pair … · fingerprint …} footer)
 * @param migrationSql the complete migration, uploaded as {@code migration.sql}
 * @param changeLines  one line per change ({@link io.pgdrift.report.ChangeLines}), to tell what appeared and
 *                     what went away since the ticket was last written
 */
public record TicketDraft(String pair, String fingerprint, String title, String description, String migrationSql,
                          List<String> changeLines) {
    public TicketDraft {
        changeLines = List.copyOf(changeLines);
    }
}
