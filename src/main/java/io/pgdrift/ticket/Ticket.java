package io.pgdrift.ticket;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Linear issue as the protocol sees it: where it is, its state, its description, the pair's identity
 * attachment and its {@code migration.sql} attachments (current and superseded), each looked up by URL or
 * title rather than by its position in a list.
 *
 * @param archived an archived issue is no longer the pair's live ticket, whatever its state
 * @param trashed  a deleted issue stays readable by id for a grace period: never the live ticket either
 */
record Ticket(String id, String identifier, String url, String title, String description, String stateType,
              String teamId, String projectId, String createdAt, boolean archived, boolean trashed,
              Attachment pairAttachment, List<Attachment> migrations) {
    /** Linear's state types that mean "no longer open" (API-NOTES §4). */
    static final Set<String> CLOSED_STATE_TYPES = Set.of("completed", "canceled", "duplicate");
    static final String MIGRATION_FILE = "migration.sql";

    Ticket {
        migrations = List.copyOf(migrations);
    }

    boolean open() {
        return !CLOSED_STATE_TYPES.contains(stateType);
    }

    /** Open, and neither archived nor trashed: the ticket pgdrift keeps current. */
    boolean live() {
        return open() && !archived && !trashed;
    }

    boolean canceled() {
        return "canceled".equals(stateType);
    }

    /** The pair this ticket belongs to: the attachment's metadata first, then the description footer. */
    Optional<String> pair() {
        return Optional.ofNullable(pairAttachment == null ? null : pairAttachment.metadata().get("pair"))
                .or(() -> PairIdentity.fromDescription(description).map(PairIdentity::pair));
    }

    /**
     * The drift the ticket was last written for. The attachment is updated last in every write, so its
     * fingerprint is the one that was completely delivered; the footer serves when there is no attachment.
     */
    Optional<String> fingerprint() {
        return Optional.ofNullable(pairAttachment == null ? null : pairAttachment.metadata().get("fingerprint"))
                .or(() -> PairIdentity.fromDescription(description).map(PairIdentity::fingerprint));
    }

    /**
     * The {@code migration.sql} of the current fingerprint: the one whose URL the identity attachment names,
     * else (a ticket written before the URL was recorded) the one titled {@code migration.sql} for that fingerprint.
     */
    Optional<Attachment> currentMigration() {
        String url = pairAttachment == null ? null : pairAttachment.metadata().get("migration");
        Optional<String> fingerprint = fingerprint();
        return migrations.stream().filter(a -> a.url().equals(url)).findFirst()
                .or(() -> migrations.stream().filter(a -> MIGRATION_FILE.equals(a.title())
                        && fingerprint.isPresent() && fingerprint.get().equals(a.metadata().get("fingerprint")))
                        .findFirst());
    }

    /** This ticket as found through its identity attachment. */
    Ticket withPairAttachment(Attachment attachment) {
        return new Ticket(id, identifier, url, title, description, stateType, teamId, projectId, createdAt, archived,
                trashed, attachment, migrations);
    }

    /** An attachment of an issue; {@code metadata} keeps the string values Linear returned. */
    record Attachment(String id, String url, String title, Map<String, String> metadata) {
        Attachment {
            metadata = Map.copyOf(metadata);
        }
    }
}
