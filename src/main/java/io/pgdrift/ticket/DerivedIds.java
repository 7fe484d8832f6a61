package io.pgdrift.ticket;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Client-chosen ids that two pgdrift runs compute alike from what both can see, so the second of two identical
 * writes is refused by Linear ({@code conflict on insert}) instead of landing twice. They have the shape of a
 * random UUID (version 4, RFC 4122 variant), which is what Linear accepts as a client id.
 *
 * <p>A pair's next ticket is named by the pair and its predecessor (the newest of the pair's closed tickets, or
 * none): two runs that find no open ticket at the same moment see the same predecessor and send the same id. When
 * that id is taken by an issue that is not live (trashed, archived, closed), {@link #next} gives the following
 * candidate — the same chain in every run.
 */
final class DerivedIds {
    private DerivedIds() {
    }

    static String issue(String pair, String predecessorId) {
        return uuid("issue", pair, predecessorId == null ? "" : predecessorId);
    }

    static String next(String id) {
        return uuid("next", id);
    }

    /** A comment's id from what it says and the ticket state it was written for. */
    static String comment(String issueId, String... facts) {
        String[] parts = new String[facts.length + 2];
        parts[0] = "comment";
        parts[1] = issueId;
        System.arraycopy(facts, 0, parts, 2, facts.length);
        return uuid(parts);
    }

    private static String uuid(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            byte[] b = sha.digest();
            b[6] = (byte) ((b[6] & 0x0f) | 0x40);
            b[8] = (byte) ((b[8] & 0x3f) | 0x80);
            ByteBuffer buffer = ByteBuffer.wrap(b, 0, 16);
            return new UUID(buffer.getLong(), buffer.getLong()).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
