package io.pgdrift.report;

import io.pgdrift.diff.AttributeChange;
import io.pgdrift.diff.Change;
import io.pgdrift.model.Attributes;
import io.pgdrift.model.ObjectKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A short stable hash of the canonical change list: the same drift gives the same fingerprint on any run,
 * host or minor version; any change to the drift changes it.
 *
 * <p>Hashed, per change in key order: its type, its key, and its compared attributes — for an altered object
 * each differing attribute with both values, for an added or removed object every compared attribute (so a
 * staging-only constraint whose definition changes overnight is new drift). Snapshot metadata (time, server
 * version, database name) never enters; neither do attributes that are not compared, such as column order.
 */
public final class Fingerprint {
    /** Hex digits kept: 48 bits, plenty to tell one pair's drifts apart. */
    public static final int LENGTH = 12;

    private Fingerprint() {
    }

    public static String of(List<Change> changes) {
        StringBuilder text = new StringBuilder();
        for (Change change : changes.stream().sorted().toList()) {
            ChangeType type = ChangeType.of(change);
            ObjectKey key = change.key();
            text.append(type.name()).append(' ');
            CanonicalText.append(text, key);
            switch (type) {
                case ALTERED -> {
                    for (AttributeChange attribute : ChangeType.attributes(change)) {
                        CanonicalText.append(text, attribute.name());
                        CanonicalText.append(text, attribute.from());
                        CanonicalText.append(text, attribute.to());
                    }
                }
                case ADDED -> CanonicalText.append(text,
                        Attributes.fingerprinted(((Change.Added) change).object()));
                case REMOVED -> CanonicalText.append(text,
                        Attributes.fingerprinted(((Change.Removed) change).object()));
            }
            text.append('\n');
        }
        return HexFormat.of().formatHex(sha256(text.toString())).substring(0, LENGTH);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
