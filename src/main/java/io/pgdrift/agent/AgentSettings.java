package io.pgdrift.agent;

import io.pgdrift.Redaction;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One configured agent. {@code apiKey} is a secret: {@link #toString()} never shows it.
 *
 * @param apiKey  the provider's key; null for a provider that needs none (a local Ollama)
 * @param baseUrl what the provider's own SDK calls its base URL ({@link Provider}); null for the provider's default
 * @param prompt  instructions that replace the built-in ones (read from the configured file), or null
 * @param timeout how long one answer may take before the agent is given up for this run
 */
public record AgentSettings(Role role, Provider provider, String model, String apiKey, URI baseUrl, String prompt,
                            Duration timeout) {
    /** How long an answer may take when the configuration says nothing. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public AgentSettings {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    /** The base URL requests go to: the configured one, else the provider's. */
    public URI effectiveBaseUrl() {
        return baseUrl == null ? provider.defaultBaseUrl() : baseUrl;
    }

    /** {@code gpt-4.1-mini (openai)}: how notes, logs and {@code pgdrift check} name the agent. */
    public String label() {
        return model + " (" + provider.configName() + ")";
    }

    @Override
    public String toString() {
        return "AgentSettings[role=" + role.configName() + ", provider=" + provider.configName() + ", model=" + model
                + ", apiKey=" + (apiKey == null ? "none" : Redaction.MASK) + ", baseUrl=" + effectiveBaseUrl()
                + ", prompt=" + (prompt == null ? "built-in" : "custom") + ", timeout=" + timeout + "]";
    }
}
