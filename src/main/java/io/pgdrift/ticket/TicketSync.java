package io.pgdrift.ticket;

import io.pgdrift.ticket.TicketOutcome.Action;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;

/**
 * The Linear protocol for one database pair (DESIGN.md, "Linear protocol"): find the pair's open ticket,
 * then create, leave, update or resolve it.
 *
 * <p>A ticket is the pair's when it carries the pair's identity attachment or footer line ({@link PairIdentity})
 * and its state is not completed, canceled or duplicate; a ticket closed by hand is never reopened. Creates carry a
 * client-chosen id recorded in the outbox before they are sent, so neither a lost answer nor a crash can file a
 * second ticket. When Linear cannot take a brief, the brief is kept in the outbox. One instance serves one run:
 * team, project, labels and states are looked up once and cached; {@link #sync} may be called from several
 * threads for different pairs.
 */
public final class TicketSync {
    private static final String MIGRATION_FILE = "migration.sql";
    private static final String MIGRATION_TYPE = "text/plain";

    private final LinearApi api;
    private final LinearSettings settings;
    private final Outbox outbox;
    private final int maxBodyChars;
    private final Logger log;
    private final DraftDecorator decorator;
    private Workspace workspace;

    /** The production wiring: default retries, real time, descriptions capped at 60,000 characters. */
    public TicketSync(LinearSettings settings, Path outboxDir) {
        this(settings, outboxDir, DraftDecorator.NONE);
    }

    /** The production wiring, with {@code decorator} applied to each draft about to be written (see there). */
    public TicketSync(LinearSettings settings, Path outboxDir, DraftDecorator decorator) {
        this(LinearClient.create(settings), settings, new Outbox(outboxDir), TicketBody.DEFAULT_MAX_CHARS, decorator);
    }

    /** @param maxBodyChars cap on description and comment length (Linear documents none; see API-NOTES §9) */
    public TicketSync(LinearClient client, LinearSettings settings, Outbox outbox, int maxBodyChars) {
        this(client, settings, outbox, maxBodyChars, DraftDecorator.NONE);
    }

    public TicketSync(LinearClient client, LinearSettings settings, Outbox outbox, int maxBodyChars,
                      DraftDecorator decorator) {
        this.api = new LinearApi(client);
        this.settings = settings;
        this.outbox = outbox;
        this.maxBodyChars = maxBodyChars;
        this.log = client.log();
        this.decorator = decorator;
    }

    /**
     * @param draft  the pair's drift, or null when staging and production are identical
     * @param dryRun decide and report the action, but call no mutation
     * @return what was done; {@link Action#KEPT_IN_OUTBOX} (with the reason in {@link TicketOutcome#failure()})
     *         when Linear could not take the brief
     * @throws LinearException when Linear fails and there is no brief to keep (no drift, or a dry run)
     */
    public TicketOutcome sync(String pair, TicketDraft draft, boolean dryRun) {
        if (draft != null && !draft.pair().equals(pair)) {
            throw new IllegalArgumentException("draft of pair " + draft.pair() + " given for pair " + pair);
        }
        try {
            return protocol(pair, draft, dryRun);
        } catch (LinearException e) {
            if (draft == null || dryRun) {
                throw e;
            }
            Path file = outbox.keep(draft);
            log.warn("{}: the brief could not be filed in Linear and is kept in {}: {}", pair, file, e.getMessage());
            return new TicketOutcome(Action.KEPT_IN_OUTBOX, null, null, file, e.getMessage());
        }
    }

    /**
     * Checks the credential and resolves team, project, labels, completed state and assignee without changing
     * anything, for {@code pgdrift check}.
     */
    public LinearCheck check() {
        LinearApi.Viewer viewer = api.viewer();
        Workspace ws = workspace();
        return new LinearCheck(viewer.name(), viewer.organization(), ws.teamKey(), ws.projectName(),
                ws.completedStateName(), ws.missingLabels());
    }

    private TicketOutcome protocol(String pair, TicketDraft draft, boolean dryRun) {
        Workspace ws = workspace();
        String pairUrl = PairIdentity.url(pair);
        boolean resumed = false;
        Ticket open = null;
        Optional<Outbox.PendingCreate> pending = outbox.pendingCreate(pair);
        if (pending.isPresent()) {
            Optional<Ticket> sent = api.ticketById(pending.get().issueId(), pairUrl);
            if (sent.isPresent() && sent.get().open()) {
                open = sent.get();
                resumed = true;
                log.info("{}: found ticket {} from an earlier run whose create was not seen through", pair,
                        open.identifier());
            } else if (!dryRun) {
                outbox.clearPendingCreate(pair);
            }
        }
        if (open == null) {
            open = findOpen(ws, pair, pairUrl).orElse(null);
        }

        if (draft == null) {
            if (open == null) {
                return new TicketOutcome(Action.NOTHING, null, null, null);
            }
            if (!dryRun) {
                resolve(ws, pair, open);
                outbox.clearPendingCreate(pair);
            }
            return outcome(Action.RESOLVED, open);
        }
        if (open == null) {
            return dryRun ? new TicketOutcome(Action.CREATED, null, null, null) : create(ws, draft);
        }
        boolean same = open.fingerprint().filter(draft.fingerprint()::equals).isPresent();
        Action action = same ? (resumed ? Action.CREATED : Action.UNCHANGED) : Action.UPDATED;
        if (!dryRun) {
            if (same) {
                completeAttachments(open, draft);
            } else {
                update(open, draft);
            }
            outbox.clearPendingCreate(pair);
        }
        log.info("{}: ticket {} {}", pair, open.identifier(), action.name().toLowerCase(java.util.Locale.ROOT));
        return outcome(action, open);
    }

    private static TicketOutcome outcome(Action action, Ticket ticket) {
        return new TicketOutcome(action, ticket.identifier(), ticket.url(), null);
    }

    /** The pair's open ticket in the team: by its identity attachment, else by the footer of its description. */
    private Optional<Ticket> findOpen(Workspace ws, String pair, String pairUrl) {
        List<Ticket> found = api.ticketsByAttachment(pairUrl).stream()
                .filter(t -> t.open() && t.teamId().equals(ws.teamId()))
                .toList();
        if (found.isEmpty()) {
            found = api.ticketsByFooter(ws.teamId(), pairUrl).stream()
                    .filter(t -> t.open() && t.teamId().equals(ws.teamId()) && t.pair().filter(pair::equals).isPresent())
                    .toList();
        }
        if (found.size() > 1) {
            log.warn("{}: {} open tickets carry this pair ({}); keeping {} current", pair, found.size(),
                    found.stream().map(Ticket::identifier).toList(), found.get(0).identifier());
        }
        return found.stream().findFirst();
    }

    private TicketOutcome create(Workspace ws, TicketDraft plain) {
        TicketDraft draft = decorated(plain);
        String assetUrl = uploadMigration(draft);
        String issueId = UUID.randomUUID().toString();
        outbox.recordPendingCreate(new Outbox.PendingCreate(draft.pair(), issueId, draft.fingerprint()));
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", issueId);
        input.put("teamId", ws.teamId());
        input.put("projectId", ws.projectId());
        input.put("labelIds", labelsForCreate());
        input.put("title", title(draft));
        input.put("description", TicketBody.description(draft, assetUrl, maxBodyChars));
        if (ws.assigneeId() != null) {
            input.put("assigneeId", ws.assigneeId());
        }
        Integer priority = ws.priority() != null ? ws.priority() : draft.priority();
        if (priority != null) {
            input.put("priority", priority);
        }
        Ticket created;
        try {
            created = api.createIssue(input);
        } catch (LinearException e) {
            if (e.transientFailure() || !e.isInvalidInput()) {
                throw e;
            }
            log.warn("{}: Linear refused the description ({}); retrying with a short one", draft.pair(), e.getMessage());
            input.put("description", TicketBody.description(draft, assetUrl, shortLimit()));
            created = api.createIssue(input);
        }
        attachMigration(created.id(), draft, assetUrl);
        attachIdentity(created.id(), null, draft);
        outbox.clearPendingCreate(draft.pair());
        log.info("{}: created ticket {}", draft.pair(), created.identifier());
        return outcome(Action.CREATED, created);
    }

    /**
     * The drift changed: the new description, a comment saying what appeared and what went away, the new
     * migration, and last the identity attachment's fingerprint (the mark that the update was delivered).
     */
    private void update(Ticket open, TicketDraft plain) {
        TicketDraft draft = decorated(plain);
        String previousFingerprint = open.fingerprint().orElse("unknown");
        Optional<List<String>> previousLines = ChangeList.parse(open.description());
        String assetUrl = uploadMigration(draft);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("title", title(draft));
        input.put("description", TicketBody.description(draft, assetUrl, maxBodyChars));
        if (draft.priority() != null) {
            input.put("priority", draft.priority());
        }
        try {
            api.updateIssue(open.id(), input);
        } catch (LinearException e) {
            if (e.transientFailure() || !e.isInvalidInput()) {
                throw e;
            }
            input.put("description", TicketBody.description(draft, assetUrl, shortLimit()));
            api.updateIssue(open.id(), input);
        }
        if (open.migrationAttachment() != null) {
            api.updateAttachment(open.migrationAttachment().id(), "migration.sql (superseded)",
                    "fingerprint " + previousFingerprint, Map.of("pair", draft.pair(), "fingerprint",
                            previousFingerprint, "superseded", "true"));
        }
        attachMigration(open.id(), draft, assetUrl);
        String comment = TicketComments.changed(previousFingerprint, draft,
                previousLines.map(lines -> ChangeList.Delta.between(lines, draft.changeLines())).orElse(null));
        api.comment(open.id(), TicketBody.comment(comment, maxBodyChars));
        attachIdentity(open.id(), open.pairAttachment(), draft);
    }

    /** The draft after {@link DraftDecorator}: only for a create or a changed fingerprint, never in a dry run. */
    private TicketDraft decorated(TicketDraft draft) {
        TicketDraft out = decorator.decorate(draft);
        if (out == null || !out.pair().equals(draft.pair()) || !out.fingerprint().equals(draft.fingerprint())) {
            throw new IllegalStateException("the draft decorator must keep pair " + draft.pair() + " and fingerprint "
                    + draft.fingerprint());
        }
        return out;
    }

    private void resolve(Workspace ws, String pair, Ticket open) {
        api.comment(open.id(), TicketBody.comment(TicketComments.resolved(pair, ws.completedStateName()), maxBodyChars));
        api.updateIssue(open.id(), Map.of("stateId", ws.completedStateId()));
        log.info("{}: drift gone, ticket {} moved to {}", pair, open.identifier(), ws.completedStateName());
    }

    /** Finishes a ticket whose earlier writing was cut short: the attachments it should carry. */
    private void completeAttachments(Ticket open, TicketDraft draft) {
        if (open.migrationAttachment() == null) {
            attachMigration(open.id(), draft, uploadMigration(draft));
        }
        if (open.pairAttachment() == null) {
            attachIdentity(open.id(), null, draft);
        }
    }

    private String uploadMigration(TicketDraft draft) {
        byte[] sql = (draft.migrationSql() == null ? "" : draft.migrationSql()).getBytes(StandardCharsets.UTF_8);
        return api.upload(MIGRATION_FILE, MIGRATION_TYPE, sql);
    }

    private void attachMigration(String issueId, TicketDraft draft, String assetUrl) {
        api.attach(issueId, MIGRATION_FILE, "fingerprint " + draft.fingerprint() + " · " + draft.changeLines().size()
                + " change" + (draft.changeLines().size() == 1 ? "" : "s"), assetUrl,
                Map.of("pair", draft.pair(), "fingerprint", draft.fingerprint()));
    }

    private void attachIdentity(String issueId, Ticket.Attachment existing, TicketDraft draft) {
        PairIdentity identity = new PairIdentity(draft.pair(), draft.fingerprint());
        Map<String, String> metadata = Map.of("pair", draft.pair(), "fingerprint", draft.fingerprint(),
                "tool", "pgdrift");
        String title = "pgdrift: pair " + draft.pair();
        String subtitle = "fingerprint " + draft.fingerprint();
        if (existing == null) {
            api.attach(issueId, title, subtitle, identity.url(), metadata);
        } else {
            api.updateAttachment(existing.id(), title, subtitle, metadata);
        }
    }

    /**
     * The draft's title, or {@link TicketDraft#defaultTitle}; a title always states the number of changes (the
     * issue asks for it, and it is what changes on an update), so a given title without it gets it appended.
     */
    static String title(TicketDraft draft) {
        int changes = draft.changeLines().size();
        if (draft.title() == null || draft.title().isBlank()) {
            return TicketDraft.defaultTitle(draft.pair(), changes);
        }
        String count = changes + " change" + (changes == 1 ? "" : "s");
        return draft.title().contains(count) ? draft.title() : draft.title() + " — " + count;
    }

    /** The description cap for the one retry after Linear refused a description as invalid input. */
    private int shortLimit() {
        return Math.max(2_000, maxBodyChars / 10);
    }

    /**
     * Team, project, labels, completed state, assignee: resolved on first use, then cached for the run. Labels
     * that do not exist yet are only noted here; {@link #labelsForCreate} creates them when a ticket is filed.
     */
    private synchronized Workspace workspace() {
        if (workspace != null) {
            return workspace;
        }
        LinearApi.Team team = api.team(settings.team());
        LinearApi.Named project = api.project(team, settings.project());
        List<String> labelIds = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : settings.labels()) {
            api.label(team.id(), name).ifPresentOrElse(labelIds::add, () -> missing.add(name));
        }
        LinearApi.Named completed = api.completedState(team);
        String assignee = settings.assignee() == null || settings.assignee().isBlank() ? null
                : api.user(settings.assignee());
        Integer priority = settings.priority();
        if (priority != null && (priority < 0 || priority > 4)) {
            throw LinearException.of("priority " + priority + " is not one of 0 (none) to 4 (low) — fix "
                    + "linear.priority", null);
        }
        workspace = new Workspace(team.id(), team.key(), project.id(), project.name(), labelIds, missing, completed.id(),
                completed.name(), assignee, priority);
        return workspace;
    }

    /** The label ids for a new ticket, creating in the team any configured label that does not exist yet. */
    private synchronized List<String> labelsForCreate() {
        Workspace ws = workspace();
        if (ws.missingLabels().isEmpty()) {
            return ws.labelIds();
        }
        List<String> ids = new ArrayList<>(ws.labelIds());
        for (String name : ws.missingLabels()) {
            // another pgdrift run may have created it since the lookup
            ids.add(api.label(ws.teamId(), name).orElseGet(() -> api.createLabel(ws.teamId(), name)));
            log.info("created label \"{}\" in team {}", name, ws.teamKey());
        }
        workspace = new Workspace(ws.teamId(), ws.teamKey(), ws.projectId(), ws.projectName(), ids, List.of(),
                ws.completedStateId(), ws.completedStateName(), ws.assigneeId(), ws.priority());
        return workspace.labelIds();
    }

    @Override
    public String toString() {
        return "TicketSync[" + settings.apiUrl() + ", team " + settings.team() + "]";
    }
}
