package io.pgdrift.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdrift.app.logging.LogFormat;
import io.pgdrift.app.logging.LogSettings;
import io.pgdrift.report.DriftReport;
import io.pgdrift.report.MarkdownBrief;
import io.pgdrift.testing.llm.Dialect;
import io.pgdrift.testing.llm.FakeLlm;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The agents against local stand-ins of the three providers' APIs, through the real LangChain4j clients. */
class AgentsTest {
    private static final String KEY = "sk-test-Agents0123456789abcdef";
    private static final String SERVED_MODEL = "fake-model-2026-11-01";
    private static final String NOTE = "Staging added a shipments table; production has not shipped it yet.";

    @TempDir
    Path dir;

    private final List<FakeLlm> fakes = new ArrayList<>();
    private final StringWriter log = new StringWriter();

    @AfterEach
    void tearDown() {
        fakes.forEach(fake -> assertThat(fake.violations()).as("malformed requests").isEmpty());
        fakes.forEach(FakeLlm::close);
        LogSettings.configure(false, LogFormat.TEXT, new PrintWriter(System.err, true));
    }

    private FakeLlm fake(Dialect dialect) {
        FakeLlm fake = FakeLlm.start(dialect, SERVED_MODEL, dialect == Dialect.OLLAMA ? null : KEY);
        fakes.add(fake);
        return fake;
    }

    private static AgentSettings settings(Role role, Dialect dialect, FakeLlm fake, String prompt, Duration timeout) {
        Provider provider = Provider.named(dialect.name()).orElseThrow();
        return new AgentSettings(role, provider, "configured-model", dialect == Dialect.OLLAMA ? null : KEY,
                URI.create(fake.baseUrl()), prompt, timeout);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void eachProviderWritesTheNoteThroughItsOwnApi(Dialect dialect) {
        FakeLlm fake = fake(dialect).answering(NOTE);
        DriftReport report = AgentReports.additive();

        ReviewerNote note = new BriefAgent(settings(Role.BRIEF, dialect, fake, null, null)).ask(report);

        assertThat(note).isEqualTo(new ReviewerNote(NOTE, SERVED_MODEL));
        assertThat(fake.requests()).singleElement().satisfies(request -> {
            assertThat(request.body()).contains("configured-model");
            assertThat(request.allText())
                    .contains(Instructions.builtIn(Role.BRIEF).lines().findFirst().orElseThrow())
                    .contains("pair \"" + AgentReports.PAIR + "\"")
                    .contains("CREATE TABLE")
                    .contains("shipments")
                    .contains("15.14").contains("17.6");
            assertThat(request.body()).doesNotContain(KEY);
        });
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void eachProviderTriages(Dialect dialect) {
        FakeLlm fake = fake(dialect).answering("{\"priority\": 2, \"reason\": \"drops legacy_notes and its data\"}");

        Triage triage = new TriageAgent(settings(Role.TRIAGE, dialect, fake, null, null)).ask(AgentReports.dataLoss());

        assertThat(triage).isEqualTo(new Triage(Priority.HIGH, "drops legacy_notes and its data", SERVED_MODEL));
    }

    @Test
    void aCustomPromptReplacesTheBuiltInInstructions() {
        FakeLlm fake = fake(Dialect.ANTHROPIC).answering(NOTE);
        String custom = "House rules: answer in two sentences and name the team that owns each table.";

        new BriefAgent(settings(Role.BRIEF, Dialect.ANTHROPIC, fake, custom, null)).ask(AgentReports.additive());

        String sent = fake.requests().get(0).allText();
        assertThat(sent).contains(custom)
                .doesNotContain(Instructions.builtIn(Role.BRIEF).lines().findFirst().orElseThrow());
    }

    @Test
    void triageAnswersAreValidatedAndOnlyACodeFenceIsForgiven() {
        TriageAgent agent = new TriageAgent(new AgentSettings(Role.TRIAGE, Provider.OPENAI, "m", KEY, null, null, null));

        assertThat(agent.read("```json\n{\"priority\": 3, \"reason\": \"rewrites users\"}\n```", "m"))
                .isEqualTo(new Triage(Priority.MEDIUM, "rewrites users", "m"));
        assertThat(agent.read("{\"priority\": 4, \"reason\": \"  new\\n table  \"}", "m").reason()).isEqualTo("new table");
        for (String invalid : List.of("Priority 2: it drops data", "{\"priority\": 0, \"reason\": \"x\"}",
                "{\"priority\": 5, \"reason\": \"x\"}", "{\"priority\": \"2\", \"reason\": \"x\"}",
                "{\"priority\": 2.5, \"reason\": \"x\"}", "{\"priority\": 2}", "{\"priority\": 2, \"reason\": \" \"}",
                "[2, \"x\"]")) {
            assertThatThrownBy(() -> agent.read(invalid, "m")).as(invalid).isInstanceOf(AgentException.class)
                    .hasMessageContaining("invalid triage answer");
        }
    }

    @Test
    void answersAreKeptByFingerprintSoTheSameDriftIsPaidForOnce() {
        FakeLlm brief = fake(Dialect.OPENAI).answering(NOTE);
        FakeLlm triage = fake(Dialect.OLLAMA).answering("{\"priority\": 4, \"reason\": \"a new table\"}");
        AgentsSettings settings = new AgentsSettings(
                Optional.of(settings(Role.BRIEF, Dialect.OPENAI, brief, null, null)),
                Optional.of(settings(Role.TRIAGE, Dialect.OLLAMA, triage, null, null)));

        Review first = Reviewers.of(settings, dir).review(AgentReports.additive());
        Review again = Reviewers.of(settings, dir).review(AgentReports.additive());

        assertThat(again).isEqualTo(first);
        assertThat(first.note()).contains(new ReviewerNote(NOTE, SERVED_MODEL));
        assertThat(first.priority()).contains(Priority.LOW);
        assertThat(brief.requests()).hasSize(1);
        assertThat(triage.requests()).hasSize(1);

        Reviewers.of(settings, dir).review(AgentReports.rewrite());
        assertThat(brief.requests()).hasSize(2);
        assertThat(triage.requests()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(value = FakeLlm.Mode.class, names = {"HTTP_ERROR", "STALL", "REFUSE", "EMPTY"})
    void aFailingAgentLeavesNoNoteAndOneWarnLine(FakeLlm.Mode failure) {
        LogSettings.configure(false, LogFormat.TEXT, new PrintWriter(log, true));
        FakeLlm openAi = fake(Dialect.OPENAI).failing(failure);
        FakeLlm anthropic = fake(Dialect.ANTHROPIC).failing(failure);
        AgentsSettings settings = new AgentsSettings(
                Optional.of(settings(Role.BRIEF, Dialect.OPENAI, openAi, null, Duration.ofMillis(500))),
                Optional.of(settings(Role.TRIAGE, Dialect.ANTHROPIC, anthropic, null, Duration.ofMillis(500))));

        Review review = Reviewers.of(settings, dir).review(AgentReports.dataLoss());

        assertThat(review).isEqualTo(Review.NONE);
        String brief = MarkdownBrief.render(AgentReports.dataLoss());
        assertThat(review.prependTo(brief)).isEqualTo(brief);
        List<String> warnings = log.toString().lines().filter(line -> line.contains(" WARN ")).toList();
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains(AgentReports.PAIR + ": brief agent gave no answer")
                .contains(switch (failure) {
                    case HTTP_ERROR -> "failed";
                    case STALL -> "did not answer within";
                    case REFUSE -> "refus";
                    case EMPTY -> "empty answer";
                    case ANSWER -> throw new AssertionError();
                });
        assertThat(log.toString()).doesNotContain(KEY);
    }

    @Test
    void aServerThatIsNotThereIsNamedWithTheKeyToFix() {
        FakeLlm fake = fake(Dialect.OLLAMA);
        AgentSettings settings = settings(Role.BRIEF, Dialect.OLLAMA, fake, null, null);
        fake.close();

        assertThatThrownBy(() -> new BriefAgent(settings).ping()).isInstanceOf(AgentException.class)
                .hasMessage("configured-model (ollama): nothing answers at " + settings.baseUrl()
                        + " (connection refused); check agents.brief.baseUrl");
    }

    @Test
    void checkAsksOneSmallQuestionAndNamesTheModelThatAnswered() {
        FakeLlm fake = fake(Dialect.ANTHROPIC).answering("ok");

        String model = new BriefAgent(settings(Role.BRIEF, Dialect.ANTHROPIC, fake, null, null)).ping();

        assertThat(model).isEqualTo(SERVED_MODEL);
        assertThat(fake.requests().get(0).allText()).doesNotContain("<report>");
    }
}
