package io.pgdrift.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The Linear calls the protocol makes, typed: each method sends one document of {@link LinearOperations} and
 * turns the answer into pgdrift's records, or into a one-line {@link LinearException}.
 */
final class LinearApi {
    /** At most this many pages of footer matches are read (25 each); more open pgdrift tickets is not plausible. */
    private static final int MAX_PAGES = 20;

    private final LinearClient client;

    LinearApi(LinearClient client) {
        this.client = client;
    }

    record Team(String id, String key, String name) {
    }

    record Named(String id, String name) {
    }

    record Viewer(String name, String email, String organization) {
    }

    Viewer viewer() {
        JsonNode data = client.query("Viewer", LinearOperations.VIEWER, Map.of());
        return new Viewer(data.path("viewer").path("name").asText(), data.path("viewer").path("email").asText(),
                data.path("organization").path("name").asText());
    }

    Team team(String keyOrName) {
        JsonNode nodes = client.query("FindTeam", LinearOperations.FIND_TEAM, Map.of("q", keyOrName))
                .path("teams").path("nodes");
        for (JsonNode n : nodes) {
            if (n.path("key").asText().equalsIgnoreCase(keyOrName) || n.path("name").asText().equalsIgnoreCase(keyOrName)) {
                return new Team(n.path("id").asText(), n.path("key").asText(), n.path("name").asText());
            }
        }
        String visible = names(client.query("VisibleTeams", LinearOperations.VISIBLE_TEAMS, Map.of())
                .path("teams").path("nodes"), "key");
        throw LinearException.of("team \"" + keyOrName + "\" not found (teams visible to this key: "
                + (visible.isEmpty() ? "none" : visible) + ")", null);
    }

    Named project(Team team, String name) {
        JsonNode nodes = client.query("FindProject", LinearOperations.FIND_PROJECT,
                Map.of("teamId", team.id(), "name", name)).path("projects").path("nodes");
        for (JsonNode n : nodes) {
            if (n.path("name").asText().equalsIgnoreCase(name)) {
                return new Named(n.path("id").asText(), n.path("name").asText());
            }
        }
        String known = names(client.query("TeamProjects", LinearOperations.TEAM_PROJECTS, Map.of("teamId", team.id()))
                .path("projects").path("nodes"), "name");
        throw LinearException.of("project \"" + name + "\" not found in team " + team.key() + " (projects of team "
                + team.key() + ": " + (known.isEmpty() ? "none" : known) + ")", null);
    }

    /** A label of that name usable on the team's issues (team label first, then workspace label), if any. */
    Optional<String> label(String teamId, String name) {
        JsonNode nodes = client.query("FindLabel", LinearOperations.FIND_LABEL, Map.of("teamId", teamId, "name", name))
                .path("issueLabels").path("nodes");
        return stream(nodes)
                .filter(n -> !n.path("isGroup").asBoolean(false))
                .filter(n -> n.path("name").asText().equalsIgnoreCase(name))
                .filter(n -> !n.path("team").isObject() || n.path("team").path("id").asText().equals(teamId))
                .min(Comparator.comparing(n -> n.path("team").isNull() || n.path("team").isMissingNode()))
                .map(n -> n.path("id").asText());
    }

    String createLabel(String teamId, String name) {
        Map<String, Object> input = Map.of("id", UUID.randomUUID().toString(), "teamId", teamId, "name", name,
                "color", "#8a63d2", "description", "Schema drift between staging and production, filed by pgdrift");
        JsonNode data;
        try {
            data = client.mutate("CreateLabel", LinearOperations.CREATE_LABEL, Map.of("input", input),
                    () -> label(teamId, name).map(id -> wrap("issueLabelCreate", "issueLabel", id)));
        } catch (LinearException e) {
            // another run on the same team created it a moment ago: Linear refuses the duplicate name
            Optional<String> created = e.transientFailure() ? Optional.empty() : label(teamId, name);
            if (created.isPresent()) {
                return created.get();
            }
            throw e;
        }
        return requireSuccess(data, "issueLabelCreate", "issueLabel", "creating label \"" + name + "\"")
                .path("id").asText();
    }

    /** The team's completed state with the lowest position (a team may have several). */
    Named completedState(Team team) {
        return stateOfType(team.id(), "completed").orElseThrow(() -> LinearException.of("team " + team.key()
                + " has no workflow state of type completed to move resolved tickets to", null));
    }

    /** The team's state of that type ({@code backlog}, {@code started}, …) with the lowest position, if any. */
    Optional<Named> stateOfType(String teamId, String type) {
        return stream(client.query("StatesOfType", LinearOperations.STATES_OF_TYPE,
                Map.of("teamId", teamId, "type", type)).path("workflowStates").path("nodes"))
                .filter(n -> n.path("team").path("id").asText().equals(teamId))
                .min(Comparator.comparingDouble(n -> n.path("position").asDouble()))
                .map(n -> new Named(n.path("id").asText(), n.path("name").asText()));
    }

    String user(String emailOrName) {
        return stream(client.query("FindUser", LinearOperations.FIND_USER, Map.of("q", emailOrName))
                .path("users").path("nodes"))
                .findFirst()
                .map(n -> n.path("id").asText())
                .orElseThrow(() -> LinearException.of("assignee \"" + emailOrName + "\" not found among the "
                        + "workspace's active users — fix linear.assignee", null));
    }

    /**
     * Every issue that carries the pair's identity attachment, open or closed, with that attachment: Linear keeps
     * one attachment per URL and issue, so each is a ticket pgdrift filed for the pair.
     */
    List<Ticket> ticketsByAttachment(String pairUrl) {
        List<Ticket> out = new ArrayList<>();
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("pairUrl", pairUrl);
            vars.put("after", after);
            JsonNode found = client.query("TicketsByAttachment", LinearOperations.TICKETS_BY_ATTACHMENT, vars)
                    .path("attachmentsForURL");
            for (JsonNode n : found.path("nodes")) {
                if (n.path("issue").isObject() && n.path("url").asText().equals(pairUrl)) {
                    out.add(ticket(n.path("issue"), pairUrl).withPairAttachment(attachment(n)));
                }
            }
            if (!found.path("pageInfo").path("hasNextPage").asBoolean(false)) {
                break;
            }
            after = found.path("pageInfo").path("endCursor").asText();
        }
        return out;
    }

    /** Open tickets of the team whose description holds a pgdrift footer. */
    List<Ticket> ticketsByFooter(String teamId, String pairUrl) {
        List<Ticket> out = new ArrayList<>();
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("teamId", teamId);
            vars.put("marker", PairIdentity.FOOTER_PREFIX);
            vars.put("pairUrl", pairUrl);
            vars.put("after", after);
            JsonNode issues = client.query("TicketsByFooter", LinearOperations.TICKETS_BY_FOOTER, vars).path("issues");
            issues.path("nodes").forEach(n -> out.add(ticket(n, pairUrl)));
            if (!issues.path("pageInfo").path("hasNextPage").asBoolean(false)) {
                break;
            }
            after = issues.path("pageInfo").path("endCursor").asText();
        }
        return out;
    }

    Optional<Ticket> ticketById(String id, String pairUrl) {
        try {
            return Optional.of(ticket(client.query("TicketById", LinearOperations.TICKET_BY_ID,
                    Map.of("id", id, "pairUrl", pairUrl)).path("issue"), pairUrl));
        } catch (LinearException e) {
            if (!e.transientFailure() && e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Creates an issue with the client-chosen {@code input.id}. When an attempt's answer is lost, the issue is
     * looked up by that id before anything is sent again, so a lost answer never yields a second issue. An issue
     * that exists with that id already answers Linear's {@code conflict on insert}
     * ({@link LinearException#isAlreadyExists()}), which the caller reads as "found".
     */
    IssueRef createIssue(Map<String, Object> input, String pairUrl) {
        String id = (String) input.get("id");
        JsonNode data = client.mutate("CreateIssue", LinearOperations.CREATE_ISSUE, Map.of("input", input),
                () -> existing("TicketById", LinearOperations.TICKET_BY_ID, Map.of("id", id, "pairUrl", pairUrl), "issue")
                        .map(issue -> wrap("issueCreate", "issue", issue)));
        return ref(requireSuccess(data, "issueCreate", "issue", "creating the ticket"));
    }

    /** An issue's ids as a mutation returns them; {@code identifier} changes when the issue changes team. */
    record IssueRef(String id, String identifier, String url) {
    }

    private static IssueRef ref(JsonNode issue) {
        return new IssueRef(issue.path("id").asText(), issue.path("identifier").asText(), issue.path("url").asText());
    }

    IssueRef updateIssue(String id, Map<String, Object> input) {
        return ref(requireSuccess(client.mutate("UpdateIssue", LinearOperations.UPDATE_ISSUE,
                Map.of("id", id, "input", input), null), "issueUpdate", "issue", "updating ticket " + id));
    }

    /** Moves an issue to the trash (Linear keeps it 30 days); for the probe's throwaway ticket. */
    void deleteIssue(String id) {
        JsonNode data = client.mutate("DeleteIssue", LinearOperations.DELETE_ISSUE, Map.of("id", id), null);
        if (!data.path("issueDelete").path("success").asBoolean(false)) {
            throw LinearException.of("deleting ticket " + id + " was not successful", null);
        }
    }

    /** Links two issues as related (Linear shows the link on both). */
    void relate(String issueId, String relatedIssueId) {
        Map<String, Object> input = Map.of("issueId", issueId, "relatedIssueId", relatedIssueId, "type", "related");
        requireSuccess(client.mutate("RelateIssues", LinearOperations.RELATE_ISSUES, Map.of("input", input), null),
                "issueRelationCreate", "issueRelation", "linking ticket " + issueId + " to " + relatedIssueId);
    }

    /** Deletes an attachment; one already gone (another run removed it) is fine. */
    void deleteAttachment(String id) {
        JsonNode data;
        try {
            data = client.mutate("DeleteAttachment", LinearOperations.DELETE_ATTACHMENT, Map.of("id", id), null);
        } catch (LinearException e) {
            if (e.isNotFound()) {
                return;
            }
            throw e;
        }
        if (!data.path("attachmentDelete").path("success").asBoolean(false)) {
            throw LinearException.of("deleting attachment " + id + " was not successful", null);
        }
    }

    /**
     * Adds a comment with the client-chosen {@code id}, looked up before a retry like a create; a comment that
     * exists with that id already (another run wrote the same comment) counts as posted.
     */
    void comment(String issueId, String body, String id) {
        Map<String, Object> input = Map.of("id", id, "issueId", issueId, "body", body);
        try {
            requireSuccess(client.mutate("AddComment", LinearOperations.CREATE_COMMENT, Map.of("input", input),
                    () -> existing("CommentById", LinearOperations.COMMENT_BY_ID, Map.of("id", id), "comment")
                            .map(c -> wrap("commentCreate", "comment", c))), "commentCreate", "comment",
                    "commenting on ticket " + issueId);
        } catch (LinearException e) {
            if (!e.isAlreadyExists()) {
                throw e;
            }
        }
    }

    /** Uploads a file through a fresh upload slot per attempt (see {@link LinearClient#upload}); returns its asset URL. */
    String upload(String filename, String contentType, byte[] content) {
        return client.upload(() -> slot(filename, contentType, content.length), contentType, content);
    }

    /** One {@code fileUpload} call, no retries of its own: the upload's retry loop asks again. */
    LinearClient.UploadSlot slot(String filename, String contentType, int size) {
        JsonNode data = client.once("RequestUpload", LinearOperations.REQUEST_UPLOAD,
                Map.of("contentType", contentType, "filename", filename, "size", size));
        JsonNode file = requireSuccess(data, "fileUpload", "uploadFile", "requesting an upload for " + filename);
        Map<String, String> headers = new LinkedHashMap<>();
        file.path("headers").forEach(h -> headers.put(h.path("key").asText(), h.path("value").asText()));
        return new LinearClient.UploadSlot(URI.create(file.path("uploadUrl").asText()), file.path("assetUrl").asText(),
                headers);
    }

    /** Creates an attachment; Linear keeps one attachment per URL and issue, so a repeat updates it. */
    String attach(String issueId, String title, String subtitle, String url, Map<String, String> metadata) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("issueId", issueId);
        input.put("title", title);
        input.put("subtitle", subtitle);
        input.put("url", url);
        input.put("metadata", metadata);
        return requireSuccess(client.mutate("Attach", LinearOperations.CREATE_ATTACHMENT, Map.of("input", input), null),
                "attachmentCreate", "attachment", "attaching " + title).path("id").asText();
    }

    void updateAttachment(String id, String title, String subtitle, Map<String, String> metadata) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("title", title);
        input.put("subtitle", subtitle);
        input.put("metadata", metadata);
        requireSuccess(client.mutate("UpdateAttachment", LinearOperations.UPDATE_ATTACHMENT,
                Map.of("id", id, "input", input), null), "attachmentUpdate", "attachment", "updating attachment " + title);
    }

    /** One attempt at reading an entity by id: present, absent (not found), or a transient failure. */
    private Optional<JsonNode> existing(String operation, String document, Map<String, Object> vars, String field) {
        try {
            JsonNode node = client.once(operation, document, vars).path(field);
            return node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (LinearException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static JsonNode wrap(String payload, String field, Object value) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ObjectNode inner = data.putObject(payload);
        inner.put("success", true);
        if (value instanceof JsonNode node) {
            inner.set(field, node);
        } else {
            inner.putObject(field).put("id", String.valueOf(value));
        }
        return data;
    }

    private static JsonNode requireSuccess(JsonNode data, String payload, String field, String what) {
        JsonNode result = data.path(payload);
        if (!result.path("success").asBoolean(false) || !result.path(field).isObject()) {
            throw LinearException.of(what + " was not successful (" + payload + ".success is false)", null);
        }
        return result.path(field);
    }

    static Ticket ticket(JsonNode n, String pairUrl) {
        Ticket.Attachment pair = stream(n.path("pairMarks").path("nodes"))
                .filter(a -> a.path("url").asText().equals(pairUrl)).findFirst().map(LinearApi::attachment).orElse(null);
        List<Ticket.Attachment> migrations = stream(n.path("migrations").path("nodes"))
                .filter(a -> a.path("title").asText().startsWith(Ticket.MIGRATION_FILE))
                .map(LinearApi::attachment).toList();
        return new Ticket(n.path("id").asText(), n.path("identifier").asText(), n.path("url").asText(),
                n.path("title").asText(), n.path("description").isTextual() ? n.path("description").asText() : null,
                n.path("state").path("type").asText(), n.path("team").path("id").asText(),
                n.path("project").path("id").isTextual() ? n.path("project").path("id").asText() : null,
                n.path("createdAt").asText(""), n.path("archivedAt").isTextual(), n.path("trashed").asBoolean(false),
                pair, migrations);
    }

    private static Ticket.Attachment attachment(JsonNode a) {
        Map<String, String> metadata = new LinkedHashMap<>();
        a.path("metadata").properties().forEach(e -> metadata.put(e.getKey(), e.getValue().asText()));
        return new Ticket.Attachment(a.path("id").asText(), a.path("url").asText(), a.path("title").asText(), metadata);
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static String names(JsonNode nodes, String field) {
        return stream(nodes).map(n -> n.path(field).asText()).sorted().collect(Collectors.joining(", "));
    }
}
