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

    record Upload(URI uploadUrl, String assetUrl, Map<String, String> headers) {
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
        JsonNode data = client.mutate("CreateLabel", LinearOperations.CREATE_LABEL, Map.of("input", input),
                () -> label(teamId, name).map(id -> wrap("issueLabelCreate", "issueLabel", id)));
        return requireSuccess(data, "issueLabelCreate", "issueLabel", "creating label \"" + name + "\"")
                .path("id").asText();
    }

    /** The team's completed state with the lowest position (a team may have several). */
    Named completedState(Team team) {
        return stream(client.query("CompletedStates", LinearOperations.COMPLETED_STATES, Map.of("teamId", team.id()))
                .path("workflowStates").path("nodes"))
                .filter(n -> n.path("team").path("id").asText().equals(team.id()))
                .min(Comparator.comparingDouble(n -> n.path("position").asDouble()))
                .map(n -> new Named(n.path("id").asText(), n.path("name").asText()))
                .orElseThrow(() -> LinearException.of("team " + team.key() + " has no workflow state of type "
                        + "completed to move resolved tickets to", null));
    }

    String user(String emailOrName) {
        return stream(client.query("FindUser", LinearOperations.FIND_USER, Map.of("q", emailOrName))
                .path("users").path("nodes"))
                .findFirst()
                .map(n -> n.path("id").asText())
                .orElseThrow(() -> LinearException.of("assignee \"" + emailOrName + "\" not found among the "
                        + "workspace's active users — fix linear.assignee", null));
    }

    List<Ticket> ticketsByAttachment(String pairUrl) {
        JsonNode nodes = client.query("TicketsByAttachment", LinearOperations.TICKETS_BY_ATTACHMENT,
                Map.of("pairUrl", pairUrl)).path("attachmentsForURL").path("nodes");
        List<Ticket> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            if (n.path("issue").isObject()) {
                out.add(ticket(n.path("issue"), pairUrl));
            }
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
                    Map.of("id", id)).path("issue"), pairUrl));
        } catch (LinearException e) {
            if (!e.transientFailure() && e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Creates an issue with the client-chosen {@code input.id}. When an attempt's answer is lost, the issue is
     * looked up by that id before anything is sent again, so a lost answer never yields a second issue.
     */
    Ticket createIssue(Map<String, Object> input) {
        String id = (String) input.get("id");
        JsonNode data = client.mutate("CreateIssue", LinearOperations.CREATE_ISSUE, Map.of("input", input),
                () -> existing("TicketById", LinearOperations.TICKET_BY_ID, Map.of("id", id), "issue")
                        .map(issue -> wrap("issueCreate", "issue", issue)));
        JsonNode issue = requireSuccess(data, "issueCreate", "issue", "creating the ticket");
        return new Ticket(issue.path("id").asText(), issue.path("identifier").asText(), issue.path("url").asText(),
                (String) input.get("title"), (String) input.get("description"), "backlog", (String) input.get("teamId"),
                null, null);
    }

    void updateIssue(String id, Map<String, Object> input) {
        requireSuccess(client.mutate("UpdateIssue", LinearOperations.UPDATE_ISSUE, Map.of("id", id, "input", input),
                null), "issueUpdate", "issue", "updating ticket " + id);
    }

    /** Adds a comment with a client-chosen id, looked up before a retry like a create. */
    void comment(String issueId, String body) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> input = Map.of("id", id, "issueId", issueId, "body", body);
        requireSuccess(client.mutate("AddComment", LinearOperations.CREATE_COMMENT, Map.of("input", input),
                () -> existing("CommentById", LinearOperations.COMMENT_BY_ID, Map.of("id", id), "comment")
                        .map(c -> wrap("commentCreate", "comment", c))), "commentCreate", "comment",
                "commenting on ticket " + issueId);
    }

    /** Asks for an upload slot and PUTs the bytes there; returns the asset URL. */
    String upload(String filename, String contentType, byte[] content) {
        JsonNode data = client.mutate("RequestUpload", LinearOperations.REQUEST_UPLOAD,
                Map.of("contentType", contentType, "filename", filename, "size", content.length), null);
        JsonNode file = requireSuccess(data, "fileUpload", "uploadFile", "requesting an upload for " + filename);
        Map<String, String> headers = new LinkedHashMap<>();
        file.path("headers").forEach(h -> headers.put(h.path("key").asText(), h.path("value").asText()));
        client.upload(URI.create(file.path("uploadUrl").asText()), headers, contentType, content);
        return file.path("assetUrl").asText();
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
        JsonNode attachments = n.path("attachments").path("nodes");
        return new Ticket(n.path("id").asText(), n.path("identifier").asText(), n.path("url").asText(),
                n.path("title").asText(), n.path("description").isTextual() ? n.path("description").asText() : null,
                n.path("state").path("type").asText(), n.path("team").path("id").asText(),
                attachment(attachments, a -> a.path("url").asText().equals(pairUrl)),
                attachment(attachments, a -> a.path("title").asText().equals("migration.sql")));
    }

    /** The last listed attachment that {@code wanted} accepts (superseded ones are renamed), or null. */
    private static Ticket.Attachment attachment(JsonNode nodes, java.util.function.Predicate<JsonNode> wanted) {
        JsonNode found = null;
        for (JsonNode a : nodes) {
            if (wanted.test(a)) {
                found = a;
            }
        }
        if (found == null) {
            return null;
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        found.path("metadata").properties().forEach(e -> metadata.put(e.getKey(), e.getValue().asText()));
        return new Ticket.Attachment(found.path("id").asText(), found.path("url").asText(), metadata);
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static String names(JsonNode nodes, String field) {
        return stream(nodes).map(n -> n.path(field).asText()).sorted().collect(Collectors.joining(", "));
    }
}
