package io.pgdrift.ticket;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code pgdrift check --probe}: the protocol's assumptions about Linear, tried on a live workspace in about a
 * minute. A throwaway ticket is filed in the configured team the way a real one is (an uploaded
 * {@code migration.sql}, the pair's identity attachment, the footer line), read back — the footer and the change
 * list survive Linear's Markdown round trip, the attachment is found by its URL with its metadata, the upload is
 * linked — a second create with the same id is refused as a conflict, and the ticket is deleted again (Linear keeps
 * it in the trash for 30 days). Every step is reported, passed or not.
 */
final class Probe {
    private static final List<String> CHANGES = List.of("+ table public.pgdrift_probe", "~ column public.snake_case_name.value: type");

    private final LinearApi api;
    private final Workspace ws;
    private final List<ProbeStep> steps = new ArrayList<>();

    Probe(LinearApi api, Workspace ws) {
        this.api = api;
        this.ws = ws;
    }

    List<ProbeStep> run() {
        String pair = "pgdrift-probe-" + HexFormat.of().formatHex(bytes(3));
        String fingerprint = HexFormat.of().formatHex(bytes(4));
        String pairUrl = PairIdentity.url(pair);
        String sql = "-- pgdrift probe: a throwaway file\nSELECT 1;\n";
        TicketDraft draft = TicketDraft.of(pair, fingerprint, "**pgdrift probe**: a throwaway ticket that `pgdrift check"
                + " --probe` deletes again in a moment.\n\n### Change list\n\n```text\n" + String.join("\n", CHANGES)
                + "\n```\n", sql, CHANGES);
        String assetUrl;
        try {
            assetUrl = api.upload(Ticket.MIGRATION_FILE, "text/plain", sql.getBytes(StandardCharsets.UTF_8));
            pass("upload migration.sql", "stored at " + hostOf(assetUrl));
        } catch (LinearException e) {
            return fail("upload migration.sql", e);
        }
        String id = UUID.randomUUID().toString();
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", id);
        input.put("teamId", ws.teamId());
        input.put("title", "pgdrift probe — safe to delete");
        input.put("description", TicketBody.description(draft, assetUrl, TicketBody.DEFAULT_MAX_CHARS));
        LinearApi.IssueRef created;
        try {
            created = api.createIssue(input, pairUrl);
            pass("create a ticket in team " + ws.teamKey() + " with a client-chosen id", created.identifier());
        } catch (LinearException e) {
            return fail("create a ticket in team " + ws.teamKey(), e);
        }
        try {
            check(created, draft, assetUrl, input, pairUrl);
        } finally {
            try {
                api.deleteIssue(created.id());
                pass("delete the probe ticket", created.identifier() + " is in Linear's trash");
            } catch (LinearException e) {
                fail("delete the probe ticket " + created.identifier() + " (delete it by hand)", e);
            }
        }
        return List.copyOf(steps);
    }

    private void check(LinearApi.IssueRef created, TicketDraft draft, String assetUrl, Map<String, Object> input,
                       String pairUrl) {
        try {
            api.attach(created.id(), Ticket.MIGRATION_FILE, "probe", assetUrl, Map.of("pair", draft.pair(),
                    "fingerprint", draft.fingerprint()));
            api.attach(created.id(), "pgdrift: pair " + draft.pair(), "fingerprint " + draft.fingerprint(), pairUrl,
                    Map.of("pair", draft.pair(), "fingerprint", draft.fingerprint(), "tool", "pgdrift",
                            "migration", assetUrl));
            pass("attach migration.sql and the pair's identity", pairUrl);
        } catch (LinearException e) {
            fail("attach migration.sql and the pair's identity", e);
            return;
        }
        try {
            api.createIssue(input, pairUrl);
            steps.add(new ProbeStep("a second create with the same id is refused", false,
                    "Linear accepted it: a lost answer could file a second ticket"));
        } catch (LinearException e) {
            steps.add(new ProbeStep("a second create with the same id is refused as a conflict", e.isAlreadyExists(),
                    e.getMessage()));
        }
        Optional<Ticket> found;
        try {
            found = api.ticketsByAttachment(pairUrl).stream().filter(t -> t.id().equals(created.id())).findFirst();
        } catch (LinearException e) {
            fail("find the ticket by its identity attachment", e);
            return;
        }
        if (found.isEmpty()) {
            steps.add(new ProbeStep("find the ticket by its identity attachment", false, "attachmentsForURL(" + pairUrl
                    + ") does not list " + created.identifier()));
            return;
        }
        Ticket ticket = found.get();
        Map<String, String> metadata = ticket.pairAttachment().metadata();
        steps.add(new ProbeStep("find the ticket by its identity attachment, metadata intact",
                draft.pair().equals(metadata.get("pair")) && draft.fingerprint().equals(metadata.get("fingerprint")),
                "metadata " + metadata));
        Optional<PairIdentity> footer = PairIdentity.fromDescription(ticket.description());
        steps.add(new ProbeStep("the footer line survives the description round trip",
                footer.filter(new PairIdentity(draft.pair(), draft.fingerprint())::equals).isPresent(),
                footer.map(PairIdentity::footer).orElse("no footer line in the stored description")));
        Optional<List<String>> lines = ChangeList.parse(ticket.description());
        steps.add(new ProbeStep("the change list survives the description round trip",
                lines.filter(CHANGES::equals).isPresent(), lines.map(l -> l.size() + " lines read back")
                        .orElse("no change-list block in the stored description")));
        Optional<Ticket.Attachment> migration = ticket.currentMigration();
        steps.add(new ProbeStep("migration.sql is attached with its upload URL", migration.isPresent(),
                migration.map(a -> "attachment " + a.title()).orElse("no migration.sql attachment with " + assetUrl)));
    }

    private void pass(String name, String detail) {
        steps.add(new ProbeStep(name, true, detail));
    }

    private List<ProbeStep> fail(String name, LinearException e) {
        steps.add(new ProbeStep(name, false, e.getMessage()));
        return List.copyOf(steps);
    }

    private static String hostOf(String url) {
        try {
            return java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return "an asset URL";
        }
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }
}
