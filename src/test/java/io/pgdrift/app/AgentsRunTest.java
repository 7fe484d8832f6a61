package io.pgdrift.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import io.pgdrift.testing.linear.FakeLinear;
import io.pgdrift.testing.linear.FakeWorkspace;
import io.pgdrift.testing.llm.Dialect;
import io.pgdrift.testing.llm.FakeLlm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pgdrift run} with both agents pointed (through {@code baseUrl}) at stand-ins of the OpenAI and Anthropic
 * APIs, against real PostgreSQL and the fake Linear: the note and the priority land on the ticket, the brief and
 * fingerprint are those of a run without agents, no secret or row reaches a provider, an unchanged night costs no
 * call, and a failing provider still yields a ticket.
 */
class AgentsRunTest {
    private static final String PASSWORD = "Agents-Pa55word-9182";
    private static final String OPENAI_KEY = "sk-proj-agentsRunTestKey0123456789";
    private static final String ANTHROPIC_KEY = "sk-ant-api03-agentsRunTestKey0123456789";
    private static final String ROW_VALUE = "row-value-that-must-stay-home-4242";
    // no Markdown punctuation: Linear escapes it on the way in and out (the fake does too)
    private static final String NOTE = "Production still has the legacy notes column, probably from a hand-applied "
            + "fix; dropping it loses that column's data.";
    private static final String CUSTOM_PROMPT = "House rules for pgdrift notes: two sentences, no DDL.";
    private static final Pattern FOOTER = Pattern.compile("pgdrift · pair app · fingerprint ([0-9a-f]+)");
    private static final String BASE = """
            CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);
            """;

    @TempDir
    Path dir;

    private FakeLinear linear;
    private FakeLlm openAi;
    private FakeLlm anthropic;
    private TestDatabase staging;
    private TestDatabase production;
    private final List<String> written = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        linear = FakeLinear.start();
        openAi = FakeLlm.start(Dialect.OPENAI, "gpt-4.1-mini-2025-04-14", OPENAI_KEY).answering(NOTE);
        anthropic = FakeLlm.start(Dialect.ANTHROPIC, "claude-haiku-4-5-20251001", ANTHROPIC_KEY)
                .answering("{\"priority\": 2, \"reason\": \"the migration drops the legacy notes column and its data\"}");
        PgServer server = PostgresServers.server(PostgresServers.highest());
        staging = server.createDatabase("agents_staging").execute(BASE);
        production = server.createDatabase("agents_production").execute(BASE
                + "ALTER TABLE customers ADD COLUMN legacy_notes text;"
                + "INSERT INTO customers VALUES (1, 'someone@example.com', '" + ROW_VALUE + "');");
        Files.createDirectories(dir.resolve("prompts"));
        Files.writeString(dir.resolve("prompts/brief.md"), CUSTOM_PROMPT);
        Files.writeString(dir.resolve("openai.key"), OPENAI_KEY + "\n");
        Files.writeString(dir.resolve("anthropic.key"), ANTHROPIC_KEY + "\n");
    }

    @AfterEach
    void tearDown() {
        assertThat(openAi.violations()).as("malformed OpenAI requests").isEmpty();
        assertThat(anthropic.violations()).as("malformed Anthropic requests").isEmpty();
        openAi.close();
        anthropic.close();
        linear.close();
    }

    private Path config(boolean agents) throws IOException {
        String yaml = linear.yamlSection(dir) + "\n" + """
                pairs:
                  - name: app
                    staging: %s
                    production: %s
                outbox: %s
                """.formatted(url(staging), url(production), dir.resolve("outbox"));
        if (agents) {
            yaml += """
                    agents:
                      brief: {provider: openai, model: gpt-4.1-mini, apiKeyFile: openai.key, baseUrl: "%s", prompt: prompts/brief.md}
                      triage: {provider: anthropic, model: claude-haiku-4-5, apiKeyFile: anthropic.key, baseUrl: "%s", timeout: 30s}
                    """.formatted(openAi.baseUrl(), anthropic.baseUrl());
        }
        Path file = dir.resolve(agents ? "with-agents.yaml" : "without-agents.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static String url(TestDatabase db) {
        return "postgresql://postgres:" + PASSWORD + "@localhost:" + db.server().port() + "/" + db.name();
    }

    private CliRun run(Path config, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--config", config.toString()));
        args.addAll(List.of(extra));
        CliRun result = CliRun.of(args.toArray(String[]::new));
        written.add(result.out());
        written.add(result.err());
        assertThat(result.exit()).as(result.toString()).isZero();
        return result;
    }

    private FakeWorkspace.IssueView onlyIssue() {
        assertThat(linear.issues()).hasSize(1);
        return linear.issues().get(0);
    }

    private static String fingerprint(String description) {
        Matcher footer = FOOTER.matcher(description);
        assertThat(footer.find()).as(description).isTrue();
        return footer.group(1);
    }

    /**
     * The brief from its summary to the change list's end: the header line carries the minute it was generated,
     * and the link to the uploaded migration names the upload.
     */
    private static String fromSummary(String description) {
        return description.substring(description.indexOf("### Summary"), description.indexOf("The complete migration:"));
    }

    @Test
    void theNoteAndThePriorityLandOnTheTicketWhoseBriefAndFingerprintAreUnchanged() throws IOException {
        run(config(false));
        FakeWorkspace.IssueView plain = onlyIssue();
        assertThat(plain.description()).doesNotContain("Reviewer's note");
        assertThat(plain.priority()).isNull();
        // the same drift filed again with agents, as a new ticket in a fresh workspace
        linear.close();
        linear = FakeLinear.start();

        run(config(true));

        FakeWorkspace.IssueView reviewed = onlyIssue();
        assertThat(reviewed.description())
                .startsWith("### Reviewer's note (gpt-4.1-mini-2025-04-14, claude-haiku-4-5-20251001)")
                .contains("> " + NOTE)
                .contains("**Priority: high** — the migration drops the legacy notes column and its data");
        assertThat(reviewed.description().indexOf("Reviewer's note"))
                .isLessThan(reviewed.description().indexOf("**Schema drift**"));
        assertThat(fromSummary(reviewed.description())).isEqualTo(fromSummary(plain.description()));
        assertThat(fingerprint(reviewed.description())).isEqualTo(fingerprint(plain.description()));
        assertThat(reviewed.priority()).isEqualTo(2);

        assertThat(openAi.requests()).singleElement()
                .satisfies(request -> assertThat(request.allText()).contains(CUSTOM_PROMPT).contains("legacy_notes"));
        assertThat(anthropic.requests()).singleElement()
                .satisfies(request -> assertThat(request.allText()).contains("\"priority\"").contains("legacy_notes"));
        List<String> bodies = new ArrayList<>();
        openAi.requests().forEach(r -> bodies.add(r.body()));
        anthropic.requests().forEach(r -> bodies.add(r.body()));
        assertThat(String.join("\n", bodies)).doesNotContain(OPENAI_KEY).doesNotContain(ANTHROPIC_KEY)
                .doesNotContain(FakeLinear.API_KEY).doesNotContain(PASSWORD).doesNotContain("postgresql://")
                .doesNotContain("localhost:" + staging.server().port()).doesNotContain(ROW_VALUE)
                .doesNotContain("someone@example.com");
        assertNoSecretIn(written);
    }

    @Test
    void anUnchangedNightCostsNoCallAndANewDriftIsReviewedAgain() throws IOException {
        Path config = config(true);
        run(config);
        String identifier = onlyIssue().identifier();

        assertThat(run(config).out()).contains(identifier + " unchanged");
        assertThat(openAi.requests()).hasSize(1);
        assertThat(anthropic.requests()).hasSize(1);

        staging.execute("CREATE TABLE shipments (id bigint PRIMARY KEY);");
        openAi.answering("Now staging also adds shipments.");
        assertThat(run(config).out()).contains(identifier + " updated");
        assertThat(openAi.requests()).hasSize(2);
        assertThat(anthropic.requests()).hasSize(2);
        assertThat(onlyIssue().description()).startsWith("### Reviewer's note").contains("> Now staging also adds shipments.")
                .doesNotContain(NOTE).contains("shipments");
    }

    @Test
    void failingProvidersStillYieldATicketWithoutTheNoteAndAWarnLineEach() throws IOException {
        openAi.failing(FakeLlm.Mode.HTTP_ERROR);
        anthropic.failing(FakeLlm.Mode.REFUSE);

        CliRun result = run(config(true));

        assertThat(result.out()).matches("app: \\d+ changes?, ENG-\\d+ created\n");
        FakeWorkspace.IssueView ticket = onlyIssue();
        assertThat(ticket.description()).doesNotContain("Reviewer's note").startsWith("**Schema drift**");
        assertThat(ticket.priority()).isNull();
        assertThat(result.err().lines().filter(line -> line.contains("WARN")))
                .anySatisfy(line -> assertThat(line).contains("app: brief agent gave no answer"))
                .anySatisfy(line -> assertThat(line).contains("app: triage agent gave no answer"));
        assertNoSecretIn(written);
    }

    @Test
    void withoutLinearTheOutboxBriefCarriesTheNoteAndIsPaidForOnce() throws IOException {
        Path withLinear = config(true);
        Path config = dir.resolve("outbox-only.yaml");
        Files.writeString(config, Files.readString(withLinear).lines().filter(line -> !line.startsWith("linear:"))
                .collect(java.util.stream.Collectors.joining("\n")));

        run(config);
        run(config);

        try (java.util.stream.Stream<Path> files = Files.list(dir.resolve("outbox"))) {
            List<Path> briefs = files.filter(f -> f.getFileName().toString().endsWith(".md")).toList();
            assertThat(briefs).singleElement().satisfies(brief -> assertThat(Files.readString(brief))
                    .startsWith("### Reviewer's note (gpt-4.1-mini-2025-04-14").contains("> " + NOTE));
        }
        assertThat(openAi.requests()).hasSize(1);
        assertThat(anthropic.requests()).hasSize(1);
        assertThat(linear.mutationCount()).isZero();
    }

    @Test
    void withPriorityAutoAndNoTriageTheHazardsSetThePriority() throws IOException {
        Path config = dir.resolve("auto.yaml");
        Files.writeString(config, Files.readString(config(true))
                .replaceFirst("apiUrl: \"([^\"]*)\"}", "apiUrl: \"$1\", priority: auto}")
                .lines().filter(line -> !line.contains("triage:")).collect(java.util.stream.Collectors.joining("\n")));

        run(config);

        // the migration drops production's legacy_notes column and its data
        assertThat(onlyIssue().priority()).isEqualTo(2);
        assertThat(onlyIssue().description()).startsWith("### Reviewer's note (gpt-4.1-mini-2025-04-14)");
        assertThat(anthropic.requests()).isEmpty();
    }

    @Test
    void aDryRunShowsTheNoteAndWritesNothing() throws IOException {
        CliRun result = run(config(true), "--dry-run");

        assertThat(result.out()).startsWith("### Reviewer's note (gpt-4.1-mini-2025-04-14").contains("> " + NOTE)
                .contains("**Schema drift**");
        assertThat(linear.mutationCount()).isZero();
    }

    @Test
    void checkAsksEachAgentOnceAndNamesTheModelThatAnswered() throws IOException {
        CliRun result = CliRun.of("check", "--config", config(true).toString());

        assertThat(result.out()).as(result.toString())
                .contains("agents.brief: gpt-4.1-mini (openai) answered (model gpt-4.1-mini-2025-04-14)")
                .contains("agents.triage: claude-haiku-4-5 (anthropic) answered (model claude-haiku-4-5-20251001)");
        assertThat(openAi.requests()).hasSize(1);
        assertThat(anthropic.requests()).hasSize(1);
        assertThat(result.exit()).isZero();
    }

    private static void assertNoSecretIn(List<String> texts) {
        assertThat(String.join("\n", texts)).doesNotContain(PASSWORD).doesNotContain(OPENAI_KEY)
                .doesNotContain(ANTHROPIC_KEY).doesNotContain(FakeLinear.API_KEY);
    }
}
