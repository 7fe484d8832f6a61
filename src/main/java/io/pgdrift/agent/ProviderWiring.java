package io.pgdrift.agent;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Map;

/**
 * Builds the LangChain4j chat model for one {@link AgentSettings}, translating pgdrift's {@code baseUrl} (what
 * each provider's SDK means by it) into what LangChain4j expects. Request and response logging stay off: the
 * request headers carry the key.
 */
final class ProviderWiring {
    /**
     * No retries: a failed answer costs only the note, and LangChain4j would log each retry as a WARN of its own
     * where pgdrift promises one line saying why the note is missing.
     */
    private static final int RETRIES = 0;

    private ProviderWiring() {
    }

    static ChatModel chatModel(AgentSettings settings, int maxAnswerTokens) {
        String base = trimSlash(settings.effectiveBaseUrl().toString());
        return switch (settings.provider()) {
            // LangChain4j appends /chat/completions to the base URL, as OpenAI's SDKs do
            case OPENAI -> OpenAiChatModel.builder()
                    .baseUrl(base)
                    .apiKey(settings.apiKey())
                    .modelName(settings.model())
                    .maxCompletionTokens(maxAnswerTokens)
                    .timeout(settings.timeout())
                    .maxRetries(RETRIES)
                    .build();
            // Anthropic's SDKs take https://api.anthropic.com and add /v1/messages; LangChain4j's base includes /v1/
            case ANTHROPIC -> AnthropicChatModel.builder()
                    .baseUrl(base + "/v1/")
                    .apiKey(settings.apiKey())
                    .modelName(settings.model())
                    .maxTokens(maxAnswerTokens)
                    .timeout(settings.timeout())
                    .maxRetries(RETRIES)
                    .build();
            // a key, when given, is for a proxy in front of Ollama (Ollama itself takes none)
            case OLLAMA -> OllamaChatModel.builder()
                    .baseUrl(base)
                    .modelName(settings.model())
                    .numPredict(maxAnswerTokens)
                    .timeout(settings.timeout())
                    .maxRetries(RETRIES)
                    .customHeaders(settings.apiKey() == null ? Map.of()
                            : Map.of("Authorization", "Bearer " + settings.apiKey()))
                    .build();
        };
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
