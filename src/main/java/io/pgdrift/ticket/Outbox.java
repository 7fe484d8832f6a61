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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The local directory for what could not reach Linear: one brief per pair and fingerprint
 * ({@code <pair>-<fingerprint>.md} with the description, {@code .sql} with the migration and {@code .json} with the
 * draft a later run delivers; removed once Linear has the pair's drift), and the id of a
 * ticket create in flight ({@code .pending/<pair>.json}), written before the create is sent so that a run that
 * crashed or lost the answer lets the next run find the ticket instead of filing a second one.
 */
public final class Outbox {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Characters of a name kept in a file name; the whole file name stays far below the usual 255 bytes. */
    private static final int MAX_NAME = 100;
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private final Path dir;

    public Outbox(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Keeps a brief that could not be delivered; returns the Markdown file. Beside it: the migration
     * ({@code .sql}) and the whole draft ({@code .json}), from which a later run delivers it.
     */
    public Path keep(TicketDraft draft) {
        String base = fileName(draft.pair()) + "-" + fileName(draft.fingerprint());
        Path markdown = dir.resolve(base + ".md");
        write(markdown, TicketBody.description(draft, base + ".sql", Integer.MAX_VALUE) + "\n");
        write(dir.resolve(base + ".sql"), draft.migrationSql() == null ? "" : draft.migrationSql());
        try {
            write(dir.resolve(base + ".json"), JSON.writeValueAsString(new Kept(draft, Instant.now().toString())));
        } catch (IOException e) {
            throw new PgdriftException("cannot keep the brief of pair " + draft.pair() + " in " + dir + ": "
                    + e.getMessage(), e);
        }
        return markdown;
    }

    /** A kept draft and when it was kept (ISO-8601), so that the newest of a pair's briefs wins. */
    record Kept(TicketDraft draft, String keptAt) {
    }

    /** The newest brief kept for a pair, if any. */
    Optional<TicketDraft> newestKept(String pair) {
        return kept(pair).stream().max(Comparator.comparing(k -> Instant.parse(k.kept().keptAt())))
                .map(k -> k.kept().draft());
    }

    /** Deletes every brief kept for a pair (its .json, .md and .sql); returns the Markdown files removed. */
    List<Path> removeKept(String pair) {
        List<Path> removed = new ArrayList<>();
        for (KeptFile k : kept(pair)) {
            String base = k.json().getFileName().toString().replaceFirst("\\.json$", "");
            for (String ext : List.of(".json", ".md", ".sql")) {
                Path file = k.json().resolveSibling(base + ext);
                try {
                    if (Files.deleteIfExists(file) && ext.equals(".md")) {
                        removed.add(file);
                    }
                } catch (IOException e) {
                    throw new PgdriftException("cannot delete " + file + ": " + e.getMessage()
                            + "; delete it by hand (Linear has the pair's current drift)", e);
                }
            }
        }
        return removed;
    }

    private record KeptFile(Path json, Kept kept) {
    }

    /** The pair's kept briefs; a name prefix is not enough (pair {@code app} and pair {@code app-2}). */
    private List<KeptFile> kept(String pair) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String prefix = fileName(pair) + "-";
        List<KeptFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".json")).toList()) {
                Kept kept = JSON.readValue(file.toFile(), Kept.class);
                if (kept.draft() != null && pair.equals(kept.draft().pair())) {
                    out.add(new KeptFile(file, kept));
                }
            }
        } catch (IOException e) {
            throw new PgdriftException("cannot read the outbox " + dir + " (" + e.getMessage() + ")", e);
        }
        return out;
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

    /**
     * A file-name-safe form of a pair name, short enough for any file system (a pair name may be long); a name
     * that had to change gets a short hash so two cannot meet.
     */
    static String fileName(String name) {
        String safe = UNSAFE.matcher(name).replaceAll("_");
        if (safe.equals(name) && !name.startsWith(".") && name.length() <= MAX_NAME) {
            return safe;
        }
        if (safe.length() > MAX_NAME) {
            safe = safe.substring(0, MAX_NAME);
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
