package io.pgdrift.app.job;

import io.pgdrift.PgdriftException;
import io.pgdrift.ticket.TicketDraft;
import io.pgdrift.ticket.TicketOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files drift as local files instead of tickets: {@code <outbox>/<pair>-<fingerprint>.md} (the brief) and
 * {@code .sql} (the migration). The same drift on another night overwrites the same two files.
 */
public final class OutboxDesk implements TicketDesk {
    private final Path folder;

    public OutboxDesk(Path folder) {
        this.folder = folder;
    }

    @Override
    public TicketOutcome sync(String pair, TicketDraft draft, boolean dryRun) {
        if (draft == null) {
            return new TicketOutcome(TicketOutcome.Action.NOTHING, null, null, null);
        }
        Path brief = folder.resolve(pair + "-" + draft.fingerprint() + ".md");
        if (dryRun) {
            return new TicketOutcome(TicketOutcome.Action.KEPT_IN_OUTBOX, null, null, brief);
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(brief, draft.description());
            Files.writeString(folder.resolve(pair + "-" + draft.fingerprint() + ".sql"), draft.migrationSql());
        } catch (IOException e) {
            throw new PgdriftException("cannot write the brief of pair " + pair + " to outbox " + folder + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); check the folder's permissions");
        }
        return new TicketOutcome(TicketOutcome.Action.KEPT_IN_OUTBOX, null, null, brief);
    }
}
