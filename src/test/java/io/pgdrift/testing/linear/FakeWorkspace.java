package io.pgdrift.testing.linear;

import com.sun.net.httpserver.Headers;
import graphql.schema.DataFetchingEnvironment;
import io.pgdrift.testing.linear.FakeLinearSchema.FakeError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The fake Linear's in-memory workspace and the resolvers of the operations pgdrift uses. Entities are handed to
 * graphql-java as maps ({@link FakeLinearSchema}); filters are evaluated on "views" ({@link FakeFilter}).
 * All access is serialised by the server (one operation at a time).
 */
public final class FakeWorkspace {
    private final Supplier<String> baseUrl;
    private final Map<String, Team> teams = new LinkedHashMap<>();
    private final Map<String, Project> projects = new LinkedHashMap<>();
    private final Map<String, Label> labels = new LinkedHashMap<>();
    private final Map<String, State> states = new LinkedHashMap<>();
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Issue> issues = new LinkedHashMap<>();
    private final Map<String, Comment> comments = new LinkedHashMap<>();
    private final Map<String, Attachment> attachments = new LinkedHashMap<>();
    private final Map<String, Upload> uploads = new HashMap<>();
    private final List<Relation> relations = new ArrayList<>();
    private int maxDescriptionLength = Integer.MAX_VALUE;
    private long tick;

    FakeWorkspace(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    // --- state ----------------------------------------------------------------------------------------------

    public record Team(String id, String key, String name, int[] issueCounter) {
    }

    public record Project(String id, String name, List<String> teamIds) {
    }

    public record Label(String id, String name, String teamId, boolean isGroup) {
    }

    public record State(String id, String name, String type, double position, String teamId) {
    }

    public record User(String id, String name, String email, String displayName) {
    }

    private static final class Issue {
        String id;
        String identifier;
        int number;
        String teamId;
        String projectId;
        List<String> labelIds = List.of();
        String title;
        String description;
        String stateId;
        String assigneeId;
        Integer priority;
        long createdAt;
        long updatedAt;
        boolean archived;
        boolean trashed;
        List<String> previousIdentifiers = List.of();
    }

    /** An issue relation as {@code issueRelationCreate} made it. */
    public record Relation(String issueId, String relatedIssueId, String type) {
    }

    public record Comment(String id, String issueId, String body, long createdAt) {
    }

    private static final class Attachment {
        String id;
        String issueId;
        String url;
        String title;
        String subtitle;
        Map<String, Object> metadata;
        long createdAt;
    }

    private static final class Upload {
        String token;
        String contentType;
        String filename;
        int size;
        Map<String, String> headers;
        byte[] content;
        boolean expired;
    }

    // --- views for tests ------------------------------------------------------------------------------------

    /** An issue as stored (description already through the lossy round trip). */
    public record IssueView(String id, String identifier, String title, String description, String stateName,
                            String stateType, String teamKey, String projectName, List<String> labelNames,
                            String assigneeId, Integer priority, boolean trashed) {
    }

    public record CommentView(String id, String body) {
    }

    public record AttachmentView(String id, String url, String title, String subtitle, Map<String, Object> metadata,
                                 byte[] uploadedContent) {
    }

    public synchronized List<IssueView> issues() {
        return issues.values().stream().map(i -> new IssueView(i.id, i.identifier, i.title, i.description,
                states.get(i.stateId).name(), states.get(i.stateId).type(), teams.get(i.teamId).key(),
                i.projectId == null ? null : projects.get(i.projectId).name(),
                i.labelIds.stream().map(id -> labels.get(id).name()).toList(), i.assigneeId, i.priority, i.trashed))
                .toList();
    }

    public synchronized List<CommentView> comments(String issueId) {
        return comments.values().stream().filter(c -> c.issueId().equals(issueId))
                .map(c -> new CommentView(c.id(), c.body())).toList();
    }

    public synchronized List<AttachmentView> attachments(String issueId) {
        return attachments.values().stream().filter(a -> a.issueId.equals(issueId))
                .map(a -> new AttachmentView(a.id, a.url, a.title, a.subtitle, Map.copyOf(a.metadata), asset(a.url)))
                .toList();
    }

    /** The identifiers of the issues an issue is related to, in either direction. */
    public synchronized List<String> relatedIdentifiers(String issueId) {
        return relations.stream().filter(r -> r.issueId().equals(issueId) || r.relatedIssueId().equals(issueId))
                .map(r -> issues.get(r.issueId().equals(issueId) ? r.relatedIssueId() : r.issueId()).identifier)
                .toList();
    }

    /** Archives an issue, as Linear does to closed issues after a while (or a person by hand). */
    public synchronized void archiveIssue(String identifier) {
        byIdentifier(identifier).archived = true;
    }

    /** Deletes an issue the way the app does: it goes to the trash, still readable by id. */
    public synchronized void trashIssue(String identifier) {
        byIdentifier(identifier).trashed = true;
    }

    private Issue byIdentifier(String identifier) {
        return issues.values().stream().filter(i -> i.identifier.equals(identifier)).findFirst().orElseThrow();
    }

    public synchronized List<Label> labels() {
        return List.copyOf(labels.values());
    }

    // --- seeding --------------------------------------------------------------------------------------------

    void seedDefaults() {
        Team eng = seedTeam("ENG", "Engineering");
        seedTeam("OPS", "Operations");
        seedProject("migration-review", eng.key());
        seedUser("Ada Admin", "ada@example.com", "ada");
    }

    /** A team with Linear's default workflow: Backlog, Todo, In Progress, Done, Canceled, Duplicate. */
    public synchronized Team seedTeam(String key, String name) {
        Team team = new Team(uuid(), key, name, new int[] {0});
        teams.put(team.id(), team);
        String[][] workflow = {{"Backlog", "backlog"}, {"Todo", "unstarted"}, {"In Progress", "started"},
                {"Done", "completed"}, {"Canceled", "canceled"}, {"Duplicate", "duplicate"}};
        for (int i = 0; i < workflow.length; i++) {
            seedState(key, workflow[i][0], workflow[i][1], i);
        }
        return team;
    }

    public synchronized State seedState(String teamKey, String name, String type, double position) {
        State state = new State(uuid(), name, type, position, team(teamKey).id());
        states.put(state.id(), state);
        return state;
    }

    public synchronized Project seedProject(String name, String... teamKeys) {
        Project project = new Project(uuid(), name, Stream.of(teamKeys).map(k -> team(k).id()).toList());
        projects.put(project.id(), project);
        return project;
    }

    /** A label of the team, or of the workspace when {@code teamKey} is null. */
    public synchronized Label seedLabel(String name, String teamKey, boolean isGroup) {
        Label label = new Label(uuid(), name, teamKey == null ? null : team(teamKey).id(), isGroup);
        labels.put(label.id(), label);
        return label;
    }

    public synchronized User seedUser(String name, String email, String displayName) {
        User user = new User(uuid(), name, email, displayName);
        users.put(user.id(), user);
        return user;
    }

    /** Moves an issue to the team's first state of {@code stateType}, as a person would in the app. */
    public synchronized void moveIssue(String identifier, String stateType) {
        Issue issue = issues.values().stream().filter(i -> i.identifier.equals(identifier)).findFirst().orElseThrow();
        issue.stateId = stateOfType(issue.teamId, stateType).id();
        issue.updatedAt = ++tick;
    }

    /** Retitles an issue, as a person would. */
    public synchronized void retitleIssue(String identifier, String title) {
        issues.values().stream().filter(i -> i.identifier.equals(identifier)).findFirst().orElseThrow().title = title;
    }

    /** Deletes the attachments of an issue with that URL (e.g. to leave only the footer as the pair's mark). */
    public synchronized void removeAttachments(String issueId, String url) {
        attachments.values().removeIf(a -> a.issueId.equals(issueId) && a.url.equals(url));
    }

    /** Refuses descriptions longer than this with an input-validation error, as an API limit would. */
    public synchronized void maxDescriptionLength(int chars) {
        this.maxDescriptionLength = chars;
    }

    public synchronized Team team(String key) {
        return teams.values().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    // --- roots ----------------------------------------------------------------------------------------------

    Map<String, Object> queryRoot() {
        Map<String, Object> root = new HashMap<>();
        User viewer = users.values().iterator().next();
        root.put("viewer", userMap(viewer));
        root.put("organization", Map.of("__typename", "Organization", "id", "org-1", "name", "Fake Org",
                "urlKey", "fake"));
        root.put("teams", connection(env -> teams.values().stream().map(this::teamView), this::teamMap));
        root.put("projects", connection(env -> projects.values().stream().map(this::projectView), this::projectMap));
        root.put("issueLabels", connection(env -> labels.values().stream().map(this::labelView), this::labelMap));
        root.put("workflowStates", connection(env -> states.values().stream()
                .sorted(Comparator.comparingDouble(State::position)).map(this::stateView), this::stateMap));
        root.put("users", connection(env -> users.values().stream().map(this::userView), this::userMap));
        root.put("issues", connection(env -> issues.values().stream().filter(i -> !i.archived && !i.trashed)
                .map(this::issueView), this::issueMap));
        // newest first, as Linear lists attachments; those of trashed issues are listed too, of archived ones
        // only with includeArchived
        root.put("attachmentsForURL", connection(env -> newestFirst(attachments.values().stream()
                .filter(a -> a.url.equals(env.getArgument("url")))
                .filter(a -> Boolean.TRUE.equals(env.getArgument("includeArchived")) || !issues.get(a.issueId).archived))
                .map(this::attachmentView), this::attachmentMap));
        root.put("issue", (Function<DataFetchingEnvironment, Object>) env -> issueMap(issue(env.getArgument("id"))));
        root.put("comment", (Function<DataFetchingEnvironment, Object>) env -> {
            Comment c = comments.get((String) env.getArgument("id"));
            if (c == null) {
                throw FakeError.notFound("Comment");
            }
            return commentMap(c);
        });
        return root;
    }

    Map<String, Object> mutationRoot() {
        Map<String, Object> root = new HashMap<>();
        root.put("issueLabelCreate", (Function<DataFetchingEnvironment, Object>) this::issueLabelCreate);
        root.put("issueCreate", (Function<DataFetchingEnvironment, Object>) this::issueCreate);
        root.put("issueUpdate", (Function<DataFetchingEnvironment, Object>) this::issueUpdate);
        root.put("commentCreate", (Function<DataFetchingEnvironment, Object>) this::commentCreate);
        root.put("fileUpload", (Function<DataFetchingEnvironment, Object>) this::fileUpload);
        root.put("attachmentCreate", (Function<DataFetchingEnvironment, Object>) this::attachmentCreate);
        root.put("attachmentUpdate", (Function<DataFetchingEnvironment, Object>) this::attachmentUpdate);
        root.put("attachmentDelete", (Function<DataFetchingEnvironment, Object>) env -> {
            Attachment a = attachments.remove((String) env.getArgument("id"));
            if (a == null) {
                throw FakeError.notFound("Attachment");
            }
            return Map.of("success", true, "entityId", a.id, "lastSyncId", 1.0);
        });
        root.put("issueDelete", (Function<DataFetchingEnvironment, Object>) env -> {
            Issue issue = issue(env.getArgument("id"));
            issue.trashed = true;
            return Map.of("success", true, "lastSyncId", 1.0);
        });
        root.put("issueRelationCreate", (Function<DataFetchingEnvironment, Object>) this::issueRelationCreate);
        return root;
    }

    // --- mutations ------------------------------------------------------------------------------------------

    private Object issueLabelCreate(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        String teamId = (String) input.get("teamId");
        String name = (String) input.get("name");
        boolean taken = labels.values().stream().anyMatch(l -> l.name().equalsIgnoreCase(name)
                && (Objects.equals(l.teamId(), teamId) || l.teamId() == null));
        if (taken) {
            throw FakeError.invalidInput("INVALID_INPUT", "A label with this name already exists.");
        }
        String id = input.get("id") instanceof String s ? s : uuid();
        Label label = new Label(id, name, teamId, Boolean.TRUE.equals(input.get("isGroup")));
        labels.put(id, label);
        return payload("issueLabel", labelMap(label));
    }

    private Object issueCreate(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        Team team = teams.get((String) input.get("teamId"));
        if (team == null) {
            throw FakeError.notFound("Team");
        }
        String id = input.get("id") instanceof String s ? s : uuid();
        if (issues.containsKey(id)) {
            throw FakeError.conflict("Issue", id);
        }
        checkDescription((String) input.get("description"));
        Issue issue = new Issue();
        issue.id = id;
        issue.teamId = team.id();
        issue.number = ++team.issueCounter()[0];
        issue.identifier = team.key() + "-" + issue.number;
        issue.stateId = input.get("stateId") instanceof String s ? s : stateOfType(team.id(), "backlog").id();
        issue.createdAt = ++tick;
        issue.updatedAt = issue.createdAt;
        apply(issue, input);
        issues.put(id, issue);
        return payload("issue", issueMap(issue));
    }

    private Object issueUpdate(DataFetchingEnvironment env) {
        Issue issue = issue(env.getArgument("id"));
        Map<String, Object> input = env.getArgument("input");
        if (input.containsKey("description")) {
            checkDescription((String) input.get("description"));
        }
        if (input.get("teamId") instanceof String t && !t.equals(issue.teamId)) {
            moveToTeam(issue, t, input.get("stateId") instanceof String s ? s : null);
        }
        if (input.get("stateId") instanceof String s) {
            if (!states.containsKey(s) || !states.get(s).teamId().equals(issue.teamId)) {
                throw FakeError.notFound("WorkflowState");
            }
            issue.stateId = s;
        }
        apply(issue, input);
        issue.updatedAt = ++tick;
        return payload("issue", issueMap(issue));
    }

    /**
     * A move to another team renumbers the issue (the old identifier is kept in {@code previousIdentifiers}); its
     * state becomes the new team's state of the same type unless one is given, and team labels of the old team
     * must be replaced in the same update.
     */
    private void moveToTeam(Issue issue, String teamId, String stateId) {
        Team team = teams.get(teamId);
        if (team == null) {
            throw FakeError.notFound("Team");
        }
        String type = states.get(issue.stateId).type();
        List<String> ids = new ArrayList<>(issue.previousIdentifiers);
        ids.add(issue.identifier);
        issue.previousIdentifiers = List.copyOf(ids);
        issue.teamId = teamId;
        issue.number = ++team.issueCounter()[0];
        issue.identifier = team.key() + "-" + issue.number;
        issue.stateId = stateId != null ? stateId : stateOfType(teamId, type).id();
    }

    private Object issueRelationCreate(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        Issue issue = issue((String) input.get("issueId"));
        Issue related = issue((String) input.get("relatedIssueId"));
        Relation relation = new Relation(issue.id, related.id, (String) input.get("type"));
        relations.add(relation);
        Map<String, Object> entity = entity("IssueRelation", uuid());
        entity.put("type", relation.type());
        return payload("issueRelation", entity);
    }

    @SuppressWarnings("unchecked")
    private void apply(Issue issue, Map<String, Object> input) {
        if (input.containsKey("title")) {
            issue.title = (String) input.get("title");
        }
        if (input.containsKey("description")) {
            issue.description = LossyMarkdown.store((String) input.get("description"));
        }
        if (input.get("projectId") instanceof String p) {
            if (!projects.containsKey(p)) {
                throw FakeError.notFound("Project");
            }
            issue.projectId = p;
        }
        if (input.get("labelIds") instanceof List<?> ids) {
            for (Object labelId : ids) {
                Label label = labels.get((String) labelId);
                if (label == null) {
                    throw FakeError.notFound("IssueLabel");
                }
                if (label.teamId() != null && !label.teamId().equals(issue.teamId)) {
                    throw FakeError.invalidInput("INVALID_INPUT", "Label " + label.name() + " belongs to another team.");
                }
                if (label.isGroup()) {
                    throw FakeError.invalidInput("INVALID_INPUT", "Label group " + label.name()
                            + " cannot be applied to an issue.");
                }
            }
            issue.labelIds = List.copyOf((List<String>) ids);
        }
        if (input.get("assigneeId") instanceof String a) {
            issue.assigneeId = a;
        }
        if (input.get("priority") instanceof Integer p) {
            issue.priority = p;
        }
    }

    private void checkDescription(String description) {
        if (description != null && description.length() > maxDescriptionLength) {
            throw FakeError.invalidInput("INPUT_ERROR", "description must be shorter than or equal to " + maxDescriptionLength
                    + " characters");
        }
    }

    private Object commentCreate(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        Issue issue = issue((String) input.get("issueId"));
        String id = input.get("id") instanceof String s ? s : uuid();
        if (comments.containsKey(id)) {
            throw FakeError.conflict("Comment", id);
        }
        Comment comment = new Comment(id, issue.id, LossyMarkdown.store((String) input.get("body")), ++tick);
        comments.put(id, comment);
        return payload("comment", commentMap(comment));
    }

    private Object fileUpload(DataFetchingEnvironment env) {
        Upload upload = new Upload();
        upload.token = UUID.randomUUID().toString();
        upload.contentType = env.getArgument("contentType");
        upload.filename = env.getArgument("filename");
        upload.size = env.getArgument("size");
        upload.headers = Map.of("x-goog-meta-upload-token", upload.token,
                "Content-Disposition", "attachment; filename=\"" + upload.filename + "\"");
        uploads.put(upload.token, upload);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("__typename", "UploadFile");
        file.put("uploadUrl", baseUrl.get() + "/upload/" + upload.token);
        file.put("assetUrl", assetUrl(upload));
        file.put("contentType", upload.contentType);
        file.put("filename", upload.filename);
        file.put("size", upload.size);
        file.put("headers", upload.headers.entrySet().stream()
                .map(h -> Map.of("__typename", "UploadFileHeader", "key", h.getKey(), "value", h.getValue())).toList());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("success", true);
        payload.put("uploadFile", file);
        return payload;
    }

    private String assetUrl(Upload upload) {
        return baseUrl.get() + "/assets/" + upload.token + "/" + upload.filename;
    }

    /** Linear keeps one attachment per URL and issue: creating it again updates it. */
    @SuppressWarnings("unchecked")
    private Object attachmentCreate(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        Issue issue = issue((String) input.get("issueId"));
        String url = (String) input.get("url");
        if (!url.matches("https?://[^\\s/]+\\.[^\\s/]+(/\\S*)?") && !url.startsWith(baseUrl.get())) {
            throw FakeError.invalidInput("INVALID_INPUT", "url must be a URL address");
        }
        Attachment a = attachments.values().stream().filter(x -> x.issueId.equals(issue.id) && x.url.equals(url))
                .findFirst().orElse(null);
        if (a == null) {
            a = new Attachment();
            a.id = input.get("id") instanceof String s ? s : uuid();
            a.issueId = issue.id;
            a.url = url;
            a.createdAt = ++tick;
            attachments.put(a.id, a);
        }
        a.title = (String) input.get("title");
        a.subtitle = (String) input.get("subtitle");
        a.metadata = input.get("metadata") instanceof Map<?, ?> m ? Map.copyOf((Map<String, Object>) m) : Map.of();
        return payload("attachment", attachmentMap(a));
    }

    @SuppressWarnings("unchecked")
    private Object attachmentUpdate(DataFetchingEnvironment env) {
        Attachment a = attachments.get((String) env.getArgument("id"));
        if (a == null) {
            throw FakeError.notFound("Attachment");
        }
        Map<String, Object> input = env.getArgument("input");
        a.title = (String) input.get("title");
        if (input.containsKey("subtitle")) {
            a.subtitle = (String) input.get("subtitle");
        }
        if (input.get("metadata") instanceof Map<?, ?> m) {
            a.metadata = Map.copyOf((Map<String, Object>) m);
        }
        return payload("attachment", attachmentMap(a));
    }

    /** Checks an upload PUT; returns what is wrong with it, or null when it is accepted. */
    synchronized String acceptUpload(String token, String method, Headers headers, byte[] content) {
        Upload upload = uploads.get(token);
        if (upload == null) {
            return "unknown upload " + token;
        }
        if (upload.expired) {
            return "upload slot " + token + " has expired";
        }
        if (!"PUT".equals(method)) {
            return "upload with " + method + " instead of PUT";
        }
        for (Map.Entry<String, String> h : upload.headers.entrySet()) {
            if (!h.getValue().equals(headers.getFirst(h.getKey()))) {
                return "signed header " + h.getKey() + " missing or changed";
            }
        }
        if (!upload.contentType.equals(headers.getFirst("Content-Type"))) {
            return "Content-Type " + headers.getFirst("Content-Type") + " instead of " + upload.contentType;
        }
        if (headers.containsKey("Authorization")) {
            return "the API credential was sent to the storage URL";
        }
        if (content.length != upload.size) {
            return "size " + content.length + " instead of the announced " + upload.size;
        }
        upload.content = content;
        return null;
    }

    /** A signed URL that failed once is dead, as an expired signature would be. */
    synchronized void expireUpload(String token) {
        Upload upload = uploads.get(token);
        if (upload != null) {
            upload.expired = true;
        }
    }

    /** How many upload slots were handed out. */
    public synchronized int uploadSlots() {
        return uploads.size();
    }

    synchronized byte[] asset(String url) {
        return uploads.values().stream().filter(u -> assetUrl(u).equals(url)).findFirst()
                .map(u -> u.content).orElse(null);
    }

    // --- maps handed to graphql-java -------------------------------------------------------------------------

    private static Map<String, Object> payload(String field, Object entity) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("success", true);
        payload.put("lastSyncId", 1.0);
        payload.put(field, entity);
        return payload;
    }

    private Map<String, Object> teamMap(Team t) {
        Map<String, Object> m = entity("Team", t.id());
        m.put("key", t.key());
        m.put("name", t.name());
        return m;
    }

    private Map<String, Object> projectMap(Project p) {
        Map<String, Object> m = entity("Project", p.id());
        m.put("name", p.name());
        m.put("url", "https://linear.app/fake/project/" + p.id());
        m.put("teams", connection(env -> p.teamIds().stream().map(id -> teamView(teams.get(id))), this::teamMap));
        return m;
    }

    private Map<String, Object> labelMap(Label l) {
        Map<String, Object> m = entity("IssueLabel", l.id());
        m.put("name", l.name());
        m.put("isGroup", l.isGroup());
        m.put("team", l.teamId() == null ? null : teamMap(teams.get(l.teamId())));
        return m;
    }

    private Map<String, Object> stateMap(State s) {
        Map<String, Object> m = entity("WorkflowState", s.id());
        m.put("name", s.name());
        m.put("type", s.type());
        m.put("position", s.position());
        m.put("team", (Supplier<Object>) () -> teamMap(teams.get(s.teamId())));
        return m;
    }

    private Map<String, Object> userMap(User u) {
        Map<String, Object> m = entity("User", u.id());
        m.put("name", u.name());
        m.put("email", u.email());
        m.put("displayName", u.displayName());
        return m;
    }

    private Map<String, Object> issueMap(Issue i) {
        Map<String, Object> m = entity("Issue", i.id);
        m.put("identifier", i.identifier);
        m.put("number", (double) i.number);
        m.put("url", "https://linear.app/fake/issue/" + i.identifier);
        m.put("title", i.title);
        m.put("description", i.description);
        m.put("priority", i.priority == null ? 0.0 : (double) i.priority);
        m.put("createdAt", Instant.ofEpochSecond(1_700_000_000L + i.createdAt).toString());
        m.put("updatedAt", Instant.ofEpochSecond(1_700_000_000L + i.updatedAt).toString());
        m.put("labelIds", i.labelIds);
        m.put("archivedAt", i.archived ? Instant.ofEpochSecond(1_700_000_000L + i.updatedAt).toString() : null);
        m.put("trashed", i.trashed ? Boolean.TRUE : null);
        m.put("previousIdentifiers", i.previousIdentifiers);
        m.put("state", (Supplier<Object>) () -> stateMap(states.get(i.stateId)));
        m.put("team", (Supplier<Object>) () -> teamMap(teams.get(i.teamId)));
        m.put("project", (Supplier<Object>) () -> i.projectId == null ? null : projectMap(projects.get(i.projectId)));
        m.put("labels", connection(env -> i.labelIds.stream().map(id -> labelView(labels.get(id))), this::labelMap));
        m.put("attachments", connection(env -> newestFirst(attachments.values().stream()
                .filter(a -> a.issueId.equals(i.id))).map(this::attachmentView), this::attachmentMap));
        m.put("comments", connection(env -> comments.values().stream().filter(c -> c.issueId().equals(i.id))
                .map(c -> view("id", c.id(), "body", c.body(), "$entity", c)), this::commentMap));
        return m;
    }

    private Map<String, Object> commentMap(Comment c) {
        Map<String, Object> m = entity("Comment", c.id());
        m.put("body", c.body());
        m.put("url", "https://linear.app/fake/comment/" + c.id());
        m.put("issue", (Supplier<Object>) () -> issueMap(issues.get(c.issueId())));
        return m;
    }

    private Map<String, Object> attachmentMap(Attachment a) {
        Map<String, Object> m = entity("Attachment", a.id);
        m.put("url", a.url);
        m.put("title", a.title);
        m.put("subtitle", a.subtitle);
        m.put("metadata", a.metadata);
        m.put("issue", (Supplier<Object>) () -> issueMap(issues.get(a.issueId)));
        return m;
    }

    private static Stream<Attachment> newestFirst(Stream<Attachment> attachments) {
        return attachments.sorted(Comparator.comparingLong((Attachment a) -> a.createdAt).reversed());
    }

    private static Map<String, Object> entity(String typename, String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("__typename", typename);
        m.put("id", id);
        return m;
    }

    // --- filter views ---------------------------------------------------------------------------------------

    private Map<String, Object> teamView(Team t) {
        return view("id", t.id(), "key", t.key(), "name", t.name(), "$entity", t);
    }

    private Map<String, Object> projectView(Project p) {
        return view("id", p.id(), "name", p.name(), "accessibleTeams",
                p.teamIds().stream().map(id -> teamView(teams.get(id))).toList(), "$entity", p);
    }

    private Map<String, Object> labelView(Label l) {
        return view("id", l.id(), "name", l.name(), "isGroup", l.isGroup(), "team",
                l.teamId() == null ? null : teamView(teams.get(l.teamId())), "$entity", l);
    }

    private Map<String, Object> stateView(State s) {
        return view("id", s.id(), "name", s.name(), "type", s.type(), "position", s.position(), "team",
                teamView(teams.get(s.teamId())), "$entity", s);
    }

    private Map<String, Object> userView(User u) {
        return view("id", u.id(), "name", u.name(), "email", u.email(), "displayName", u.displayName(), "$entity", u);
    }

    private Map<String, Object> issueView(Issue i) {
        return view("id", i.id, "number", i.number, "title", i.title, "description", i.description,
                "team", teamView(teams.get(i.teamId)), "state", stateView(states.get(i.stateId)),
                "project", i.projectId == null ? null : projectView(projects.get(i.projectId)),
                "labels", i.labelIds.stream().map(id -> labelView(labels.get(id))).toList(),
                "attachments", attachments.values().stream().filter(a -> a.issueId.equals(i.id))
                        .map(this::attachmentView).toList(), "$entity", i);
    }

    private Map<String, Object> attachmentView(Attachment a) {
        return view("id", a.id, "url", a.url, "title", a.title, "subtitle", a.subtitle, "$entity", a);
    }

    private static Map<String, Object> view(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /**
     * A Relay connection field: filters the views with the {@code filter} argument, pages with {@code first}
     * (default 50) and {@code after} (an index cursor), and maps the chosen entities.
     */
    @SuppressWarnings("unchecked")
    private <T> Function<DataFetchingEnvironment, Object> connection(
            Function<DataFetchingEnvironment, Stream<Map<String, Object>>> views, Function<T, Map<String, Object>> map) {
        return env -> {
            Map<String, Object> filter = env.getArgument("filter");
            List<Map<String, Object>> all = views.apply(env).filter(v -> FakeFilter.matches(filter, v)).toList();
            Integer first = env.getArgument("first");
            int limit = first == null ? 50 : first;
            String after = env.getArgument("after");
            int start = after == null ? 0 : Integer.parseInt(after.substring(1)) + 1;
            List<Map<String, Object>> page = all.subList(Math.min(start, all.size()),
                    Math.min(start + limit, all.size()));
            List<Object> nodes = new ArrayList<>();
            List<Object> edges = new ArrayList<>();
            for (int k = 0; k < page.size(); k++) {
                Object entity = page.get(k).get("$entity");
                Map<String, Object> node = map.apply((T) entity);
                nodes.add(node);
                edges.add(Map.of("node", node, "cursor", "c" + (start + k)));
            }
            Map<String, Object> pageInfo = new LinkedHashMap<>();
            pageInfo.put("hasNextPage", start + page.size() < all.size());
            pageInfo.put("hasPreviousPage", start > 0);
            pageInfo.put("startCursor", page.isEmpty() ? null : "c" + start);
            pageInfo.put("endCursor", page.isEmpty() ? null : "c" + (start + page.size() - 1));
            return Map.of("nodes", nodes, "edges", edges, "pageInfo", pageInfo);
        };
    }

    private Issue issue(String idOrIdentifier) {
        Issue issue = issues.get(idOrIdentifier);
        if (issue == null) {
            issue = issues.values().stream().filter(i -> i.identifier.equals(idOrIdentifier)).findFirst()
                    .orElseThrow(() -> FakeError.notFound("Issue"));
        }
        return issue;
    }

    private State stateOfType(String teamId, String type) {
        return states.values().stream().filter(s -> s.teamId().equals(teamId) && s.type().equals(type))
                .min(Comparator.comparingDouble(State::position))
                .orElseThrow(() -> FakeError.notFound("WorkflowState"));
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
