package io.pgdrift.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.agent.AgentSettings;
import io.pgdrift.agent.AgentsSettings;
import io.pgdrift.agent.Provider;
import io.pgdrift.agent.Role;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentsSectionTest {
    private static final Map<String, String> ENV = Map.of("OPENAI_API_KEY", "sk-proj-configTest0123456789",
            "ANTHROPIC_API_KEY", "sk-ant-configTest0123456789");
    private static final String PAIRS = """
            pairs:
              - {name: app, staging: "postgresql://s/app", production: "postgresql://p/app"}
            """;

    @TempDir
    Path dir;

    private AgentsSettings agents(String yaml) {
        return new ConfigLoader(ENV).parse(PAIRS + yaml, "pgdrift.yaml", dir).agents();
    }

    private List<String> problems(String yaml) {
        try {
            new ConfigLoader(ENV).parse(PAIRS + yaml, "pgdrift.yaml", dir);
        } catch (ConfigException e) {
            return e.problems().stream().map(ConfigProblem::toString).toList();
        }
        throw new AssertionError("the configuration was accepted");
    }

    @Test
    void withoutAnAgentsSectionThereAreNoAgents() {
        assertThat(agents("")).isEqualTo(AgentsSettings.NONE);
    }

    @Test
    void bothAgentsAsTheIssueWritesThem() throws IOException {
        Files.createDirectories(dir.resolve("prompts"));
        Files.writeString(dir.resolve("prompts/brief.md"), "Our own instructions.");

        AgentsSettings agents = agents("""
                agents:
                  brief:
                    provider: openai
                    model: gpt-4.1-mini
                    apiKey: ${OPENAI_API_KEY}
                    baseUrl: https://llm-proxy.example.com/v1
                    prompt: prompts/brief.md
                    timeout: 90s
                  triage: {provider: Anthropic, model: claude-haiku-4-5, apiKey: "${ANTHROPIC_API_KEY}"}
                """);

        assertThat(agents.brief()).contains(new AgentSettings(Role.BRIEF, Provider.OPENAI, "gpt-4.1-mini",
                "sk-proj-configTest0123456789", URI.create("https://llm-proxy.example.com/v1"), "Our own instructions.",
                Duration.ofSeconds(90)));
        assertThat(agents.triage()).contains(new AgentSettings(Role.TRIAGE, Provider.ANTHROPIC, "claude-haiku-4-5",
                "sk-ant-configTest0123456789", null, null, AgentSettings.DEFAULT_TIMEOUT));
        assertThat(agents.triage().orElseThrow().effectiveBaseUrl()).isEqualTo(URI.create("https://api.anthropic.com"));
        assertThat(agents.brief().orElseThrow().toString()).doesNotContain("configTest");
    }

    @Test
    void ollamaNeedsNoKeyAndAKeyFileIsReadBesideTheConfig() throws IOException {
        Files.writeString(dir.resolve("openai.key"), "sk-from-file-0123456789\n");

        AgentsSettings agents = agents("""
                agents:
                  brief: {provider: ollama, model: "llama3.2:3b", timeout: 500ms}
                  triage: {provider: openai, model: local-model, apiKeyFile: openai.key, baseUrl: "http://127.0.0.1:8000/v1"}
                """);

        assertThat(agents.brief().map(AgentSettings::apiKey)).isEqualTo(Optional.empty());
        assertThat(agents.brief().orElseThrow().timeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(agents.triage().orElseThrow().apiKey()).isEqualTo("sk-from-file-0123456789");
    }

    @Test
    void everyProblemIsOneLineWithItsKeyPath() {
        assertThat(problems("""
                agents:
                  brief: {provider: gemini, model: x, apiKey: k}
                  triage: {provider: openai, timeout: soon, baseUrl: "ftp://x", prompt: missing.md}
                """)).containsExactly(
                "agents.brief.provider: \"gemini\" is not a provider pgdrift knows; use openai, anthropic or ollama "
                        + "(openai also serves any OpenAI-compatible server through baseUrl)",
                "agents.triage.model: missing; there is no default model, give one such as claude-haiku-4-5",
                "agents.triage.apiKey: missing; openai needs a key: set apiKey: ${OPENAI_API_KEY} or apiKeyFile: "
                        + "<file holding the key>",
                "agents.triage.baseUrl: \"ftp://x\" is not an http(s) URL; give what the provider's SDK calls its base "
                        + "URL, such as https://api.openai.com/v1",
                "agents.triage.prompt: cannot read " + dir.resolve("missing.md")
                        + " (NoSuchFileException); the path is relative to the configuration file",
                "agents.triage.timeout: \"soon\" is not a timeout; write a whole number with ms, s or min, such as 60s");
    }

    @Test
    void unknownKeysAndAMissingProviderAreRefused() {
        assertThat(problems("""
                agents:
                  brief: {model: gpt-4.1-mini, apiKey: k}
                  reviewer: {provider: openai}
                """)).containsExactly(
                "agents.reviewer: unknown key (known keys: brief, triage)",
                "agents.brief.provider: missing; give openai, anthropic or ollama");
    }
}
