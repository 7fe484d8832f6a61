package io.pgdrift.report;

import io.pgdrift.diff.Change;
import java.util.List;

/**
 * A short stable hash of the canonical change list: the same drift gives the same fingerprint on any run,
 * host or minor version; any change to the drift changes it.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(List<Change> changes) {
        throw new UnsupportedOperationException("not built yet");
    }
}
