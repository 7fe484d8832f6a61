package io.pgdrift.ticket;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Linear issue as the protocol sees it: where it is, its state, its description, and the two attachments
 * pgdrift keeps on it (the pair identity and the current {@code migration.sql}; either may be missing).
 */
record Ticket(String id, String identifier, String url, String title, String description, String stateType,
              String teamId, Attachment pairAttachment, Attachment migrationAttachment) {
    /** Linear's state types that mean "no longer open" (API-NOTES §4). */
    static final Set<String> CLOSED_STATE_TYPES = Set.of("completed", "canceled", "duplicate");

    boolean open() {
        return !CLOSED_STATE_TYPES.contains(stateType);
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

    /** An attachment of an issue; {@code metadata} keeps the string values Linear returned. */
    record Attachment(String id, String url, Map<String, String> metadata) {
        Attachment {
            metadata = Map.copyOf(metadata);
        }
    }
}
