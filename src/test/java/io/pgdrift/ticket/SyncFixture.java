package io.pgdrift.ticket;

import io.pgdrift.testing.linear.FakeLinear;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A fake Linear, a fake clock, a capturing logger and an outbox directory, wired into the clients and ticket
 * syncs a test needs. Each {@link #run()} is a new {@link TicketSync}, as each nightly run would be.
 */
final class SyncFixture implements AutoCloseable {
    static final List<String> LABELS = List.of("schema-drift");

    final FakeLinear linear;
    final FakeTime time = new FakeTime();
    final CapturingLogger log = new CapturingLogger();
    final Outbox outbox;
    RetryPolicy policy = fastPolicy();
    LinearSettings settings;
    int maxBodyChars = TicketBody.DEFAULT_MAX_CHARS;
    DraftDecorator decorator = DraftDecorator.NONE;

    SyncFixture(Path outboxDir) {
        this(outboxDir, FakeLinear.start());
    }

    /** A second machine's run against the same fake Linear (own clock, logger and outbox). */
    SyncFixture(Path outboxDir, FakeLinear linear) {
        this.linear = linear;
        linear.clock(time);
        outbox = new Outbox(outboxDir);
        settings = linear.settings(LABELS);
    }

    /** Small delays (the fake clock makes them free anyway); a generous request timeout for a loaded machine. */
    static RetryPolicy fastPolicy() {
        return new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMinutes(2),
                Duration.ofMinutes(10), Duration.ofSeconds(10), Duration.ofSeconds(2));
    }

    LinearClient client() {
        return LinearClient.builder(settings.apiUrl(), settings.apiKey()).retryPolicy(policy).sleeper(time)
                .clock(time).logger(log).build();
    }

    TicketSync run() {
        return new TicketSync(client(), settings, outbox, maxBodyChars, decorator);
    }

    /** A draft shaped like the report stage's brief: header, change list block, migration block, footer. */
    static TicketDraft draft(String pair, List<String> changeLines) {
        String fingerprint = fingerprint(changeLines);
        String sql = changeLines.stream().map(l -> "-- " + l + "\nSELECT 1;").collect(Collectors.joining("\n"));
        String description = "**pgdrift** found " + changeLines.size() + " changes between production and staging"
                + " of pair `" + pair + "`.\n\n<!-- pgdrift:pair=" + pair + " fingerprint=" + fingerprint + " -->\n\n"
                + "### Change list\n\n```text\n" + String.join("\n", changeLines) + "\n```\n\n"
                + "### Migration\n\n```sql\n" + sql + "\n```\n\n"
                + new PairIdentity(pair, fingerprint).footer() + "\n";
        return TicketDraft.of(pair, fingerprint, description, sql, changeLines);
    }

    static String fingerprint(List<String> lines) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        linear.close();
    }
}
