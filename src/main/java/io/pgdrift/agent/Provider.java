package io.pgdrift.agent;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The model APIs an agent can talk to. {@code baseUrl} in the configuration means what each provider's own SDK
 * means by it, so a URL copied from a provider's documentation (or a proxy's) works as written.
 */
public enum Provider {
    /** {@code {baseUrl}/chat/completions}; any OpenAI-compatible server (Azure, vLLM, LM Studio, a proxy) too. */
    OPENAI("openai", URI.create("https://api.openai.com/v1"), true),
    /** {@code {baseUrl}/v1/messages}. */
    ANTHROPIC("anthropic", URI.create("https://api.anthropic.com"), true),
    /** {@code {baseUrl}/api/chat}; a local server needs no key. */
    OLLAMA("ollama", URI.create("http://localhost:11434"), false);

    private final String configName;
    private final URI defaultBaseUrl;
    private final boolean needsKey;

    Provider(String configName, URI defaultBaseUrl, boolean needsKey) {
        this.configName = configName;
        this.defaultBaseUrl = defaultBaseUrl;
        this.needsKey = needsKey;
    }

    /** The name written in {@code pgdrift.yaml}. */
    public String configName() {
        return configName;
    }

    public URI defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /** True when the provider refuses a request without an API key. */
    public boolean needsKey() {
        return needsKey;
    }

    /** The provider written as {@code name} (any case), if there is one. */
    public static Optional<Provider> named(String name) {
        return Arrays.stream(values()).filter(p -> p.configName.equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** {@code openai, anthropic or ollama}, for error messages. */
    public static String choices() {
        String names = Arrays.stream(values()).map(Provider::configName).collect(Collectors.joining(", "));
        int last = names.lastIndexOf(", ");
        return names.substring(0, last) + " or " + names.substring(last + 2);
    }
}
