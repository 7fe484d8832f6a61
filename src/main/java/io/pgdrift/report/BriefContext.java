package io.pgdrift.report;

import io.pgdrift.model.ServerInfo;
import java.time.Instant;
import java.util.List;

/**
 * Where a comparison came from, for the brief's header. {@code fromLabel}/{@code toLabel} name the sides
 * ("production"/"staging", or a masked URL or file name for an ad-hoc diff); never a password.
 * {@code notCompared} names what the comparison did not look at (see {@code diff.UncomparedNotes}).
 */
public record BriefContext(String pair, String fromLabel, String toLabel, ServerInfo fromServer, ServerInfo toServer,
                           Instant generatedAt, List<String> notCompared) {
    public BriefContext {
        notCompared = notCompared == null ? List.of() : List.copyOf(notCompared);
    }

    /** A context that names nothing as not compared (tests and callers without snapshots). */
    public BriefContext(String pair, String fromLabel, String toLabel, ServerInfo fromServer, ServerInfo toServer,
                        Instant generatedAt) {
        this(pair, fromLabel, toLabel, fromServer, toServer, generatedAt, List.of());
    }
}
