package io.pgdrift.ticket;

/**
 * Every GraphQL document pgdrift sends, in one place so that each can be checked against Linear's schema
 * (API-NOTES §10; the fake server in the tests validates them). Connections always ask for small explicit
 * {@code first} values to keep the query complexity low (API-NOTES §8).
 */
final class LinearOperations {
    private LinearOperations() {
    }

    static final String VIEWER = """
            query Viewer { viewer { id name email } organization { id name urlKey } }""";

    static final String FIND_TEAM = """
            query FindTeam($q: String!) {
              teams(first: 5, filter: { or: [{ key: { eqIgnoreCase: $q } }, { name: { eqIgnoreCase: $q } }] }) {
                nodes { id key name } } }""";

    static final String VISIBLE_TEAMS = """
            query VisibleTeams { teams(first: 50) { nodes { key } } }""";

    static final String FIND_PROJECT = """
            query FindProject($teamId: ID!, $name: String!) {
              projects(first: 5, filter: { name: { eqIgnoreCase: $name },
                  accessibleTeams: { some: { id: { eq: $teamId } } } }) { nodes { id name url } } }""";

    static final String TEAM_PROJECTS = """
            query TeamProjects($teamId: ID!) {
              projects(first: 50, filter: { accessibleTeams: { some: { id: { eq: $teamId } } } }) { nodes { name } } }""";

    static final String FIND_LABEL = """
            query FindLabel($teamId: ID!, $name: String!) {
              issueLabels(first: 10, filter: { name: { eqIgnoreCase: $name },
                  or: [{ team: { id: { eq: $teamId } } }, { team: { null: true } }] }) {
                nodes { id name isGroup team { id } } } }""";

    static final String CREATE_LABEL = """
            mutation CreateLabel($input: IssueLabelCreateInput!) {
              issueLabelCreate(input: $input) { success issueLabel { id name } } }""";

    static final String FIND_USER = """
            query FindUser($q: String!) {
              users(first: 5, filter: { or: [{ email: { eqIgnoreCase: $q } }, { name: { eqIgnoreCase: $q } },
                  { displayName: { eqIgnoreCase: $q } }] }) { nodes { id name email } } }""";

    /**
     * The fields a found ticket needs. Its attachments are asked for by URL (the pair's identity) and by title
     * ({@code migration.sql}…), never taken from the front of a list — Linear lists attachments newest first, so
     * after enough updates the oldest would fall off any page. The protocol checks URL and title again client-side,
     * so a server that ignored the nested filters could not mislead it. Every operation using the fragment declares
     * {@code $pairUrl}.
     */
    private static final String TICKET_FIELDS = """
            fragment Ticket on Issue {
              id identifier url title description createdAt archivedAt trashed state { type } team { id } project { id }
              pairMarks: attachments(first: 5, filter: { url: { eq: $pairUrl } }) { nodes { id url title metadata } }
              migrations: attachments(first: 50, filter: { title: { startsWith: "migration.sql" } }) {
                nodes { id url title metadata } } }""";

    /**
     * Every issue carrying the pair's identity attachment, open or closed, archived too (Linear archives closed
     * issues after a while: an accepted drift must stay accepted, and a new ticket's predecessor must not change),
     * a page at a time.
     */
    static final String TICKETS_BY_ATTACHMENT = """
            query TicketsByAttachment($pairUrl: String!, $after: String) {
              attachmentsForURL(url: $pairUrl, first: 50, after: $after, includeArchived: true) {
                nodes { id url title metadata issue { ...Ticket } } pageInfo { hasNextPage endCursor } } }
            """ + TICKET_FIELDS;

    static final String TICKETS_BY_FOOTER = """
            query TicketsByFooter($teamId: ID!, $marker: String!, $pairUrl: String!, $after: String) {
              issues(first: 25, after: $after, filter: { team: { id: { eq: $teamId } },
                  state: { type: { nin: ["completed", "canceled", "duplicate"] } },
                  description: { contains: $marker } }) {
                nodes { ...Ticket } pageInfo { hasNextPage endCursor } } }
            """ + TICKET_FIELDS;

    static final String TICKET_BY_ID = """
            query TicketById($id: String!, $pairUrl: String!) { issue(id: $id) { ...Ticket } }
            """ + TICKET_FIELDS;

    static final String STATES_OF_TYPE = """
            query StatesOfType($teamId: ID!, $type: String!) {
              workflowStates(first: 20, filter: { team: { id: { eq: $teamId } }, type: { eq: $type } }) {
                nodes { id name position team { id } } } }""";

    static final String CREATE_ISSUE = """
            mutation CreateIssue($input: IssueCreateInput!) {
              issueCreate(input: $input) { success issue { id identifier url } } }""";

    static final String UPDATE_ISSUE = """
            mutation UpdateIssue($id: String!, $input: IssueUpdateInput!) {
              issueUpdate(id: $id, input: $input) { success issue { id identifier url state { type } } } }""";

    static final String DELETE_ISSUE = """
            mutation DeleteIssue($id: String!) { issueDelete(id: $id) { success } }""";

    static final String RELATE_ISSUES = """
            mutation RelateIssues($input: IssueRelationCreateInput!) {
              issueRelationCreate(input: $input) { success issueRelation { id } } }""";

    static final String CREATE_COMMENT = """
            mutation AddComment($input: CommentCreateInput!) {
              commentCreate(input: $input) { success comment { id url } } }""";

    static final String COMMENT_BY_ID = """
            query CommentById($id: String!) { comment(id: $id) { id url } }""";

    static final String REQUEST_UPLOAD = """
            mutation RequestUpload($contentType: String!, $filename: String!, $size: Int!) {
              fileUpload(contentType: $contentType, filename: $filename, size: $size) {
                success uploadFile { uploadUrl assetUrl contentType filename size headers { key value } } } }""";

    static final String CREATE_ATTACHMENT = """
            mutation Attach($input: AttachmentCreateInput!) {
              attachmentCreate(input: $input) { success attachment { id url } } }""";

    static final String DELETE_ATTACHMENT = """
            mutation DeleteAttachment($id: String!) { attachmentDelete(id: $id) { success } }""";

    static final String UPDATE_ATTACHMENT = """
            mutation UpdateAttachment($id: String!, $input: AttachmentUpdateInput!) {
              attachmentUpdate(id: $id, input: $input) { success attachment { id url } } }""";
}
