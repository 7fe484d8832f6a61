package io.pgdrift.app.job;

import io.pgdrift.PgdriftException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One of {@code count} disjoint slices of the pairs, for running the nightly job on several machines (a
 * Kubernetes Indexed Job gives each pod its completion index as {@code index}).
 *
 * <p>A pair belongs to shard {@code (h mod count)}, where {@code h} is the first 8 bytes of the SHA-256 of the
 * pair name's UTF-8 bytes read as an unsigned big-endian integer. SHA-256 is fixed by its standard, so the
 * assignment is the same on every JVM, platform and pgdrift release, and it is documented here so another tool
 * can compute it. {@code String.hashCode} is specified too, but it is a polynomial in 31: with 31 shards (or 62,
 * 93, ...) a pair's shard would depend on the last character of its name alone, and names of one pattern cluster;
 * a cryptographic hash spreads any naming scheme evenly.
 *
 * @param index 0-based, as Kubernetes' {@code JOB_COMPLETION_INDEX}
 */
public record Shard(int index, int count) {
    /** The whole fleet in one process. */
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new PgdriftException("shard " + index + "/" + count + " does not exist; give K/N with N >= 1 and "
                    + "0 <= K < N (K is 0-based, like a Kubernetes Indexed Job's JOB_COMPLETION_INDEX)");
        }
    }

    /** Parses {@code K/N}; throws {@link PgdriftException} saying what is wrong. */
    public static Shard parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            throw new PgdriftException("\"" + trimmed + "\" is not K/N; give the 0-based shard and the shard count, e.g. 0/4");
        }
        try {
            return new Shard(Integer.parseInt(trimmed.substring(0, slash).strip()),
                    Integer.parseInt(trimmed.substring(slash + 1).strip()));
        } catch (NumberFormatException e) {
            throw new PgdriftException("\"" + trimmed + "\" is not K/N with whole numbers, e.g. 0/4");
        }
    }

    /** True when the pair named {@code name} falls in this shard. */
    public boolean holds(String name) {
        return of(name, count) == index;
    }

    /** The 0-based shard a name falls in when the fleet is cut into {@code count} shards. */
    public static int of(String name, int count) {
        byte[] digest = sha256(name.getBytes(StandardCharsets.UTF_8));
        long h = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            h = (h << 8) | (digest[i] & 0xff);
        }
        return (int) Long.remainderUnsigned(h, count);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (java.security.MessageDigest's contract)
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
