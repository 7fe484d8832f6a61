package io.pgdrift.report;

import io.pgdrift.model.ServerInfo;
import java.time.Instant;

/**
 * Where a comparison came from, for the brief's header. {@code fromLabel}/{@code toLabel} name the sides
 * ("production"/"staging", or a masked URL or file name for an ad-hoc diff); never a password.
 */
public record BriefContext(String pair, String fromLabel, String toLabel, ServerInfo fromServer, ServerInfo toServer,
                           Instant generatedAt) {
}
