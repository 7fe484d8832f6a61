package io.pgdrift.ticket;

import io.pgdrift.ticket.LinearApi.IssueRef;
import io.pgdrift.ticket.TicketOutcome.Action;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;

/**
 * The Linear protocol for one database pair (README, "Linear"): find the pair's tickets, then create, leave,
 * update, move or resolve its live one.
 *
 * <p>A ticket is the pair's when it carries the pair's identity attachment or footer line ({@link PairIdentity});
 * it is live when it is open, not archived and not trashed. A ticket closed by hand is never reopened: one
 * <em>canceled</em> with the current drift means the drift was accepted (nothing is filed until it changes);
 * otherwise a new ticket is filed that links the closed one. Creates carry an id derived from the pair and its
 * previous ticket ({@link DerivedIds}), recorded in the outbox before they are sent: a lost answer, a crash, or a
 * second run on the same pair at the same moment all meet Linear's {@code conflict on insert} and find the ticket
 * instead of filing another. When Linear cannot take a brief, the brief is kept in the outbox, and the next run
 * that delivers the pair's drift removes it. One instance serves one run: teams, projects, labels and states are
 * looked up once per routing and cached; {@link #sync} may be called from several threads for different pairs.
 */
public final class TicketSync {
    private static final String MIGRATION_TYPE = "text/plain";
    /** Linear refuses longer titles. */
    static final int MAX_TITLE = 255;
    /** Candidate ids tried when derived ones are taken by dead issues; more would mean something else is wrong. */
    private static final int MAX_ID_CANDIDATES = 5;

    private final LinearApi api;
    private final LinearSettings settings;
    private final Outbox outbox;
    private final int maxBodyChars;
    private final Logger log;
    private final DraftDecorator decorator;
    private final Map<Routing, Workspace> workspaces = new HashMap<>();

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
        TicketOutcome outcome;
        try {
            outcome = protocol(pair, draft, dryRun);
        } catch (LinearException e) {
            if (draft == null || dryRun) {
                throw e;
            }
            Path file = outbox.keep(draft);
            log.warn("{}: the brief could not be filed in Linear and is kept in {}: {}", pair, file, e.getMessage());
            return new TicketOutcome(Action.KEPT_IN_OUTBOX, null, null, file, e.getMessage());
        }
        if (!dryRun) {
            // Linear now holds the pair's newest state: whatever an earlier run had to keep is superseded
            outbox.removeKept(pair).forEach(file -> log.info("{}: removed {} from the outbox (Linear has the pair's"
                    + " current drift)", pair, file));
        }
        return outcome;
    }

    /**
     * Delivers the newest brief the outbox keeps for a pair, for a run that could not compare the pair itself
     * (a database was unreachable): the newest fingerprint wins, and the pair's files are removed once Linear has
     * it. Empty when the outbox keeps nothing for the pair.
     */
    public Optional<TicketOutcome> deliverKept(String pair) {
        return outbox.newestKept(pair).map(draft -> sync(pair, draft, false));
    }

    /**
     * Checks the credential and resolves team, project, labels, completed state and assignee without changing
     * anything, for {@code pgdrift check}.
     */
    public LinearCheck check() {
        LinearApi.Viewer viewer = api.viewer();
        Workspace ws = workspace(settings.routing());
        return new LinearCheck(viewer.name(), viewer.organization(), ws.teamKey(), ws.projectName(),
                ws.completedStateName(), ws.missingLabels());
    }

    /**
     * {@code pgdrift check --probe}: files a throwaway ticket in the configured team with the identity attachment
     * and an uploaded file, reads them back, and deletes it; each step reported (see {@link Probe}).
     */
    public List<ProbeStep> probe() {
        return new Probe(api, workspace(settings.routing())).run();
    }

    private TicketOutcome protocol(String pair, TicketDraft draft, boolean dryRun) {
        Routing routing = settings.routing(pair);
        Workspace ws = workspace(routing);
        PairTickets tickets = find(ws, pair, dryRun);
        Ticket live = tickets.live();
        if (draft == null) {
            if (live == null) {
                return new TicketOutcome(Action.NOTHING, null, null, null);
            }
            if (!dryRun) {
                resolve(ws, pair, live);
                outbox.clearPendingCreate(pair);
            }
            return outcome(Action.RESOLVED, live.identifier(), live.url());
        }
        if (live == null) {
            Ticket previous = tickets.previous();
            if (previous != null && previous.canceled() && !previous.trashed()
                    && previous.fingerprint().filter(draft.fingerprint()::equals).isPresent()) {
                log.info("{}: drift unchanged since {} was canceled (accepted); nothing filed", pair,
                        previous.identifier());
                return outcome(Action.ACCEPTED, previous.identifier(), previous.url());
            }
            return dryRun ? new TicketOutcome(Action.CREATED, null, null, null)
                    : create(ws, routing, draft, previous);
        }
        boolean same = live.fingerprint().filter(draft.fingerprint()::equals).isPresent();
        Action action = same ? (tickets.resumed() ? Action.CREATED : Action.UNCHANGED) : Action.UPDATED;
        IssueRef ref = new IssueRef(live.id(), live.identifier(), live.url());
        if (!dryRun) {
            ref = moveWithRouting(ws, live, ref);
            if (same) {
                completeAttachments(live, draft);
            } else {
                update(live, draft, routing);
            }
            outbox.clearPendingCreate(pair);
        }
        log.info("{}: ticket {} {}", pair, ref.identifier(), action.name().toLowerCase(Locale.ROOT));
        return outcome(action, ref.identifier(), ref.url());
    }

    private static TicketOutcome outcome(Action action, String identifier, String url) {
        return new TicketOutcome(action, identifier, url, null);
    }

    /**
     * The pair's tickets: {@code live} is the one pgdrift keeps current (null when none), {@code previous} the
     * newest one that is no longer live (the predecessor a new ticket links and derives its id from), and
     * {@code resumed} tells that the live one is a create an earlier run did not see through.
     */
    private record PairTickets(Ticket live, Ticket previous, boolean resumed) {
    }

    /**
     * By the identity attachment (in any team: a ticket moves with its pair's routing), then a create an earlier
     * run left pending, then the footer line in the routing's team.
     */
    private PairTickets find(Workspace ws, String pair, boolean dryRun) {
        String pairUrl = PairIdentity.url(pair);
        List<Ticket> all = new ArrayList<>(api.ticketsByAttachment(pairUrl));
        boolean resumed = false;
        Optional<Outbox.PendingCreate> pending = outbox.pendingCreate(pair);
        if (pending.isPresent() && all.stream().noneMatch(t -> t.id().equals(pending.get().issueId()))) {
            Optional<Ticket> sent = api.ticketById(pending.get().issueId(), pairUrl);
            if (sent.isPresent() && sent.get().live()) {
                all.add(sent.get());
                resumed = true;
                log.info("{}: found ticket {} from an earlier run whose create was not seen through", pair,
                        sent.get().identifier());
            } else if (!dryRun) {
                outbox.clearPendingCreate(pair);
            }
        }
        List<Ticket> live = all.stream().filter(Ticket::live).sorted(Comparator.comparing(Ticket::createdAt)).toList();
        if (live.isEmpty()) {
            live = api.ticketsByFooter(ws.teamId(), pairUrl).stream()
                    .filter(t -> t.live() && t.pair().filter(pair::equals).isPresent())
                    .sorted(Comparator.comparing(Ticket::createdAt)).toList();
        }
        if (live.size() > 1) {
            log.warn("{}: {} open tickets carry this pair ({}); keeping {} current", pair, live.size(),
                    live.stream().map(Ticket::identifier).toList(), live.get(0).identifier());
        }
        Ticket previous = all.stream().filter(t -> !t.live()).max(Comparator.comparing(Ticket::createdAt)).orElse(null);
        return new PairTickets(live.isEmpty() ? null : live.get(0), previous, resumed && !live.isEmpty());
    }

    /**
     * Files the pair's new ticket under an id derived from its predecessor. Linear's {@code conflict on insert}
     * means a ticket with that id exists: when it is live (another run filed it a moment ago, or an earlier run
     * did not finish) it is the pair's ticket and this run carries on with it; when it is dead (trashed, archived,
     * closed), the next candidate id is tried.
     */
    private TicketOutcome create(Workspace ws, Routing routing, TicketDraft plain, Ticket previous) {
        String pairUrl = PairIdentity.url(plain.pair());
        TicketDraft draft = decorated(plain);
        if (previous != null && !previous.trashed()) {
            draft = draft.withDescription(TicketComments.follows(previous.identifier(), previous.url(),
                    previous.canceled(), previous.fingerprint().orElse("unknown")) + "\n\n" + draft.description());
        }
        String assetUrl = uploadMigration(draft);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("teamId", ws.teamId());
        if (ws.projectId() != null) {
            input.put("projectId", ws.projectId());
        }
        input.put("labelIds", labels(routing));
        input.put("title", title(draft));
        input.put("description", TicketBody.description(draft, assetUrl, maxBodyChars));
        if (ws.assigneeId() != null) {
            input.put("assigneeId", ws.assigneeId());
        }
        Integer priority = routing.priorityFor(draft);
        if (priority != null) {
            input.put("priority", priority);
        }
        String id = DerivedIds.issue(draft.pair(), previous == null ? null : previous.id());
        for (int candidate = 0; candidate < MAX_ID_CANDIDATES; candidate++) {
            input.put("id", id);
            outbox.recordPendingCreate(new Outbox.PendingCreate(draft.pair(), id, draft.fingerprint()));
            try {
                IssueRef created = createIssue(input, draft, assetUrl, pairUrl);
                attachMigration(created.id(), draft, assetUrl);
                attachIdentity(created.id(), null, draft, assetUrl);
                if (previous != null && !previous.trashed()) {
                    link(created, previous, draft);
                }
                outbox.clearPendingCreate(draft.pair());
                log.info("{}: created ticket {}", draft.pair(), created.identifier());
                return outcome(Action.CREATED, created.identifier(), created.url());
            } catch (LinearException e) {
                if (!e.isAlreadyExists()) {
                    throw e;
                }
                Optional<Ticket> taken = api.ticketById(id, pairUrl);
                if (taken.isPresent() && taken.get().live()) {
                    return carryOn(taken.get(), plain, routing);
                }
                log.info("{}: ticket id {} belongs to an issue that is no longer live; trying the next", draft.pair(), id);
                id = DerivedIds.next(id);
            }
        }
        throw LinearException.of("no free ticket id for pair " + draft.pair() + " after " + MAX_ID_CANDIDATES
                + " candidates; delete " + outbox.dir().resolve(".pending") + " and run again", null);
    }

    /** The ticket a concurrent (or unfinished) run filed under our id: the pair's ticket from now on. */
    private TicketOutcome carryOn(Ticket filed, TicketDraft draft, Routing routing) {
        log.info("{}: ticket {} was filed for this pair by another run a moment ago (or by one that did not"
                + " finish); carrying on with it", draft.pair(), filed.identifier());
        outbox.clearPendingCreate(draft.pair());
        if (filed.fingerprint().filter(draft.fingerprint()::equals).isPresent()) {
            return outcome(Action.CREATED, filed.identifier(), filed.url());
        }
        update(filed, draft, routing);
        return outcome(Action.UPDATED, filed.identifier(), filed.url());
    }

    /** The create, retried once with a much shorter description when Linear refuses the input. */
    private IssueRef createIssue(Map<String, Object> input, TicketDraft draft, String assetUrl, String pairUrl) {
        try {
            return api.createIssue(input, pairUrl);
        } catch (LinearException e) {
            if (!e.isInvalidInput()) {
                throw e;
            }
            log.warn("{}: Linear refused the ticket ({}); retrying with a short description", draft.pair(),
                    e.getMessage());
            input.put("description", TicketBody.description(draft, assetUrl, shortLimit()));
            return api.createIssue(input, pairUrl);
        }
    }

    /** A new ticket after a closed one: the two are linked, and after an accepted drift a comment says what changed. */
    private void link(IssueRef created, Ticket previous, TicketDraft draft) {
        api.relate(created.id(), previous.id());
        if (previous.canceled()) {
            String accepted = previous.fingerprint().orElse("unknown");
            ChangeList.Delta delta = ChangeList.parse(previous.description())
                    .map(lines -> ChangeList.Delta.between(lines, draft.changeLines())).orElse(null);
            api.comment(created.id(), TicketBody.comment(TicketComments.sinceAccepted(previous.identifier(), accepted,
                    draft, delta), maxBodyChars), DerivedIds.comment(created.id(), "since", previous.id()));
        }
    }

    /**
     * The drift changed: the new description, the new migration (superseded ones removed), a comment saying what
     * appeared and what went away, and last the identity attachment's fingerprint (the mark that the update was
     * delivered).
     */
    private void update(Ticket open, TicketDraft plain, Routing routing) {
        TicketDraft draft = decorated(plain);
        String previousFingerprint = open.fingerprint().orElse("unknown");
        Optional<List<String>> previousLines = ChangeList.parse(open.description());
        String assetUrl = uploadMigration(draft);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("title", title(draft));
        input.put("description", TicketBody.description(draft, assetUrl, maxBodyChars));
        if (routing.priority() == null && draft.priority() != null) {
            input.put("priority", draft.priority()); // a fixed priority is set once; a person may change it later
        }
        try {
            api.updateIssue(open.id(), input);
        } catch (LinearException e) {
            if (!e.isInvalidInput()) {
                throw e;
            }
            log.warn("{}: Linear refused the update ({}); retrying with a short description", draft.pair(),
                    e.getMessage());
            input.put("description", TicketBody.description(draft, assetUrl, shortLimit()));
            api.updateIssue(open.id(), input);
        }
        attachMigration(open.id(), draft, assetUrl);
        for (Ticket.Attachment superseded : open.migrations()) {
            if (!superseded.url().equals(assetUrl)) {
                api.deleteAttachment(superseded.id());
            }
        }
        String comment = TicketComments.changed(previousFingerprint, draft,
                previousLines.map(lines -> ChangeList.Delta.between(lines, draft.changeLines())).orElse(null));
        // two runs updating the same ticket state write the same comment id: Linear keeps one
        String state = open.currentMigration().map(Ticket.Attachment::url).orElse("");
        api.comment(open.id(), TicketBody.comment(comment, maxBodyChars),
                DerivedIds.comment(open.id(), "changed", previousFingerprint, state, draft.fingerprint()));
        attachIdentity(open.id(), open.pairAttachment(), draft, assetUrl);
    }

    /** Moves the live ticket into the routing's team and project when the pair's routing has changed. */
    private IssueRef moveWithRouting(Workspace ws, Ticket live, IssueRef ref) {
        boolean teamChanged = !live.teamId().equals(ws.teamId());
        boolean projectChanged = ws.projectId() != null && !ws.projectId().equals(live.projectId());
        if (!teamChanged && !projectChanged) {
            return ref;
        }
        Map<String, Object> input = new LinkedHashMap<>();
        if (teamChanged) {
            input.put("teamId", ws.teamId());
            input.put("labelIds", labels(ws.routing()));
            api.stateOfType(ws.teamId(), live.stateType()).ifPresent(state -> input.put("stateId", state.id()));
        }
        if (ws.projectId() != null) {
            input.put("projectId", ws.projectId());
        }
        IssueRef moved = api.updateIssue(live.id(), input);
        log.info("{}: ticket {} moved to team {}{} with the pair's routing (now {})", live.pair().orElse("?"),
                live.identifier(), ws.teamKey(), ws.projectName() == null ? "" : ", project " + ws.projectName(),
                moved.identifier());
        return moved;
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
        api.comment(open.id(), TicketBody.comment(TicketComments.resolved(pair, ws.completedStateName()), maxBodyChars),
                DerivedIds.comment(open.id(), "resolved", open.fingerprint().orElse("")));
        api.updateIssue(open.id(), Map.of("stateId", ws.completedStateId()));
        log.info("{}: drift gone, ticket {} moved to {}", pair, open.identifier(), ws.completedStateName());
    }

    /** Finishes a ticket whose earlier writing was cut short: the attachments it should carry. */
    private void completeAttachments(Ticket open, TicketDraft draft) {
        String assetUrl = open.currentMigration().map(Ticket.Attachment::url).orElse(null);
        if (assetUrl == null) {
            assetUrl = uploadMigration(draft);
            attachMigration(open.id(), draft, assetUrl);
        }
        Ticket.Attachment identity = open.pairAttachment();
        if (identity == null || !assetUrl.equals(identity.metadata().get("migration"))) {
            attachIdentity(open.id(), identity, draft, assetUrl);
        }
    }

    private String uploadMigration(TicketDraft draft) {
        byte[] sql = (draft.migrationSql() == null ? "" : draft.migrationSql()).getBytes(StandardCharsets.UTF_8);
        return api.upload(Ticket.MIGRATION_FILE, MIGRATION_TYPE, sql);
    }

    private void attachMigration(String issueId, TicketDraft draft, String assetUrl) {
        api.attach(issueId, Ticket.MIGRATION_FILE, "fingerprint " + draft.fingerprint() + " · "
                + draft.changeLines().size() + " change" + (draft.changeLines().size() == 1 ? "" : "s"), assetUrl,
                Map.of("pair", draft.pair(), "fingerprint", draft.fingerprint()));
    }

    /** The pair's identity: pair, fingerprint, and the URL of the current {@code migration.sql}. */
    private void attachIdentity(String issueId, Ticket.Attachment existing, TicketDraft draft, String migrationUrl) {
        PairIdentity identity = new PairIdentity(draft.pair(), draft.fingerprint());
        Map<String, String> metadata = Map.of("pair", draft.pair(), "fingerprint", draft.fingerprint(),
                "tool", "pgdrift", "migration", migrationUrl);
        String title = "pgdrift: pair " + draft.pair();
        String subtitle = "fingerprint " + draft.fingerprint();
        if (existing == null) {
            api.attach(issueId, title, subtitle, identity.url(), metadata);
        } else {
            api.updateAttachment(existing.id(), title, subtitle, metadata);
        }
    }

    /**
     * The draft's title, or {@link TicketDraft#defaultTitle}; a title always states the number of changes (what
     * changes on an update), so a given title without it gets it appended. At most {@link #MAX_TITLE} characters:
     * a longer one is cut before the count, with an ellipsis.
     */
    static String title(TicketDraft draft) {
        int changes = draft.changeLines().size();
        String count = changes + " change" + (changes == 1 ? "" : "s");
        String title;
        if (draft.title() == null || draft.title().isBlank()) {
            title = TicketDraft.defaultTitle(draft.pair(), changes);
        } else {
            title = draft.title().contains(count) ? draft.title() : draft.title() + " — " + count;
        }
        if (title.length() <= MAX_TITLE) {
            return title;
        }
        String tail = title.endsWith(" — " + count) ? " — " + count : "";
        int keep = MAX_TITLE - tail.length() - 1;
        if (Character.isHighSurrogate(title.charAt(keep - 1))) {
            keep--;
        }
        return title.substring(0, keep) + "…" + tail;
    }

    /** The description cap for the one retry after Linear refused a description as invalid input. */
    private int shortLimit() {
        return Math.max(2_000, maxBodyChars / 10);
    }

    /**
     * Team, project, labels, completed state, assignee of one routing: resolved on first use, then cached for the
     * run. Labels that do not exist yet are only noted here; {@link #labels} creates them when a ticket is filed.
     */
    private synchronized Workspace workspace(Routing routing) {
        Workspace cached = workspaces.get(routing);
        if (cached != null) {
            return cached;
        }
        LinearApi.Team team = api.team(routing.team());
        LinearApi.Named project = routing.project() == null || routing.project().isBlank() ? null
                : api.project(team, routing.project());
        List<String> labelIds = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : routing.labels()) {
            api.label(team.id(), name).ifPresentOrElse(labelIds::add, () -> missing.add(name));
        }
        LinearApi.Named completed = api.completedState(team);
        String assignee = routing.assignee() == null || routing.assignee().isBlank() ? null
                : api.user(routing.assignee());
        Workspace ws = new Workspace(routing, team.id(), team.key(), project == null ? null : project.id(),
                project == null ? null : project.name(), labelIds, missing, completed.id(), completed.name(), assignee);
        workspaces.put(routing, ws);
        return ws;
    }

    /** The label ids for a ticket of this routing, creating in the team any label that does not exist yet. */
    private synchronized List<String> labels(Routing routing) {
        Workspace ws = workspace(routing);
        if (ws.missingLabels().isEmpty()) {
            return ws.labelIds();
        }
        List<String> ids = new ArrayList<>(ws.labelIds());
        for (String name : ws.missingLabels()) {
            // another pgdrift run may have created it since the lookup
            ids.add(api.label(ws.teamId(), name).orElseGet(() -> api.createLabel(ws.teamId(), name)));
            log.info("created label \"{}\" in team {}", name, ws.teamKey());
        }
        workspaces.put(routing, ws.withLabels(ids));
        return List.copyOf(ids);
    }

    @Override
    public String toString() {
        return "TicketSync[" + settings.apiUrl() + ", team " + settings.team() + "]";
    }
}
