package io.pgdrift.ticket;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgdrift.PgdriftException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The local directory for what could not reach Linear: one brief per pair and fingerprint
 * ({@code <pair>-<fingerprint>.md} with the description and {@code .sql} with the migration), and the id of a
 * ticket create in flight ({@code .pending/<pair>.json}), written before the create is sent so that a run that
 * crashed or lost the answer lets the next run find the ticket instead of filing a second one.
 */
public final class Outbox {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private final Path dir;

    public Outbox(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Keeps a brief that could not be delivered; returns the Markdown file (the SQL file sits beside it). */
    public Path keep(TicketDraft draft) {
        String base = fileName(draft.pair()) + "-" + fileName(draft.fingerprint());
        Path markdown = dir.resolve(base + ".md");
        write(markdown, TicketBody.description(draft, base + ".sql", Integer.MAX_VALUE) + "\n");
        write(dir.resolve(base + ".sql"), draft.migrationSql() == null ? "" : draft.migrationSql());
        return markdown;
    }

    /** A ticket create that was sent (or about to be) and not yet seen through. */
    public record PendingCreate(String pair, String issueId, String fingerprint) {
    }

    Optional<PendingCreate> pendingCreate(String pair) {
        Path file = pendingFile(pair);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), PendingCreate.class));
        } catch (IOException e) {
            throw new PgdriftException("cannot read " + file + " (" + e.getMessage() + "); delete it if the pair's"
                    + " ticket exists in Linear", e);
        }
    }

    void recordPendingCreate(PendingCreate pending) {
        try {
            write(pendingFile(pending.pair()), JSON.writeValueAsString(pending));
        } catch (IOException e) {
            throw new PgdriftException("cannot record a pending ticket in " + dir + ": " + e.getMessage(), e);
        }
    }

    void clearPendingCreate(String pair) {
        try {
            Files.deleteIfExists(pendingFile(pair));
        } catch (IOException e) {
            throw new PgdriftException("cannot delete " + pendingFile(pair) + ": " + e.getMessage(), e);
        }
    }

    private Path pendingFile(String pair) {
        return dir.resolve(".pending").resolve(fileName(pair) + ".json");
    }

    /** A file-name-safe form of a pair name; a name that had to change gets a short hash so two cannot meet. */
    static String fileName(String name) {
        String safe = UNSAFE.matcher(name).replaceAll("_");
        if (safe.equals(name) && !name.startsWith(".")) {
            return safe;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return safe.replaceFirst("^\\.", "_") + "-" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", ".part");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new PgdriftException("cannot write " + file + " (" + e.getMessage() + "); check that outbox "
                    + "directory is writable", e);
        }
    }

    @Override
    public String toString() {
        return "Outbox[" + dir + "]";
    }
}
