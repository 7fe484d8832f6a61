package io.pgdrift.app.config;

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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates {@code agents:}: each agent needs a known provider and a model (there is no default model), and a key
 * unless its provider takes none; {@code prompt} and {@code apiKeyFile} are read relative to the configuration
 * file. Every problem is one line with its key path, like the rest of the configuration.
 */
final class AgentsSection {
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,6})\\s*(ms|s|min)");
    private static final Duration LONGEST = Duration.ofMinutes(10);

    private final List<ConfigProblem> problems;
    private final Set<String> unresolved;
    private final Path base;

    AgentsSection(List<ConfigProblem> problems, Set<String> unresolved, Path base) {
        this.problems = problems;
        this.unresolved = unresolved;
        this.base = base;
    }

    AgentsSettings resolve(ConfigFile.Agents agents) {
        if (agents == null) {
            return AgentsSettings.NONE;
        }
        return new AgentsSettings(agent(Role.BRIEF, agents.brief()), agent(Role.TRIAGE, agents.triage()));
    }

    private Optional<AgentSettings> agent(Role role, ConfigFile.Agent agent) {
        if (agent == null) {
            return Optional.empty();
        }
        String path = "agents." + role.configName();
        Provider provider = null;
        if (blank(agent.provider())) {
            problem(path + ".provider", "missing; give " + Provider.choices());
        } else {
            provider = Provider.named(agent.provider()).orElse(null);
            if (provider == null) {
                problem(path + ".provider", "\"" + agent.provider() + "\" is not a provider pgdrift knows; use "
                        + Provider.choices() + " (openai also serves any OpenAI-compatible server through baseUrl)");
            }
        }
        if (blank(agent.model()) && !unresolved.contains(path + ".model")) {
            problem(path + ".model", "missing; there is no default model, give one such as "
                    + (role == Role.BRIEF ? "gpt-4.1-mini" : "claude-haiku-4-5"));
        }
        String key = key(agent, path, provider);
        URI baseUrl = agent.baseUrl() == null || unresolved.contains(path + ".baseUrl") ? null
                : httpUrl(agent.baseUrl(), path + ".baseUrl");
        String prompt = agent.prompt() == null ? null : prompt(base.resolve(agent.prompt()), path + ".prompt");
        Duration timeout = agent.timeout() == null ? null : timeout(agent.timeout(), path + ".timeout");
        if (provider == null || blank(agent.model())) {
            return Optional.empty();
        }
        return Optional.of(new AgentSettings(role, provider, agent.model().strip(), key, baseUrl, prompt, timeout));
    }

    private String key(ConfigFile.Agent agent, String path, Provider provider) {
        if (agent.apiKeyFile() != null && agent.apiKey() != null) {
            problem(path + ".apiKeyFile", "give either apiKey or apiKeyFile, not both");
            return null;
        }
        if (agent.apiKeyFile() != null) {
            return unresolved.contains(path + ".apiKeyFile") ? null : readKey(base.resolve(agent.apiKeyFile()), path);
        }
        if (!blank(agent.apiKey())) {
            return agent.apiKey().strip();
        }
        if (provider != null && provider.needsKey() && !unresolved.contains(path + ".apiKey")) {
            problem(path + ".apiKey", "missing; " + provider.configName() + " needs a key: set apiKey: ${"
                    + provider.name() + "_API_KEY} or apiKeyFile: <file holding the key>");
        }
        return null;
    }

    private String readKey(Path file, String path) {
        try {
            String key = Files.readString(file).strip();
            if (key.isEmpty()) {
                problem(path + ".apiKeyFile", file + " is empty; put the API key in it");
            }
            return key.isEmpty() ? null : key;
        } catch (IOException e) {
            problem(path + ".apiKeyFile", "cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
            return null;
        }
    }

    private String prompt(Path file, String path) {
        try {
            String text = Files.readString(file);
            if (text.isBlank()) {
                problem(path, file + " is empty; write the agent's instructions in it, or remove prompt to use the "
                        + "built-in ones");
            }
            return text.isBlank() ? null : text;
        } catch (IOException e) {
            problem(path, "cannot read " + file + " (" + e.getClass().getSimpleName()
                    + "); the path is relative to the configuration file");
            return null;
        }
    }

    private URI httpUrl(String text, String path) {
        try {
            URI uri = URI.create(text.strip());
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problem(path, "\"" + text + "\" is not an http(s) URL; give what the provider's SDK calls its base URL, "
                + "such as https://api.openai.com/v1");
        return null;
    }

    private Duration timeout(String text, String path) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            problem(path, "\"" + text + "\" is not a timeout; write a whole number with ms, s or min, such as 60s");
            return null;
        }
        long amount = Long.parseLong(m.group(1));
        Duration timeout = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
        if (timeout.isZero() || timeout.compareTo(LONGEST) > 0) {
            problem(path, text.strip() + " is out of range; give 1ms to 10min");
            return null;
        }
        return timeout;
    }

    private void problem(String path, String message) {
        problems.add(new ConfigProblem(path, message));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
