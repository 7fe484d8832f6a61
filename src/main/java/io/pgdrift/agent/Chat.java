package io.pgdrift.agent;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.pgdrift.Redaction;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * One question to one model: instructions and a message in, the answer's text and the model that wrote it out.
 * Every way the call can fail becomes an {@link AgentException} whose one-line message says why, with every
 * secret (the key among them) masked.
 */
final class Chat {
    private final AgentSettings settings;
    private final ChatModel model;

    Chat(AgentSettings settings, int maxAnswerTokens) {
        this.settings = settings;
        this.model = ProviderWiring.chatModel(settings, maxAnswerTokens);
    }

    /** The model's text answer, never blank. */
    Reply ask(String instructions, String message) {
        ChatResponse response;
        try {
            response = model.chat(ChatRequest.builder()
                    .messages(SystemMessage.from(instructions), UserMessage.from(message))
                    .build());
        } catch (ContentFilteredException e) {
            throw new AgentException(settings.label() + " refused to answer: " + Redaction.reason(e), e);
        } catch (RuntimeException e) {
            throw new AgentException(failure(e), e);
        }
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        if (response.finishReason() == FinishReason.CONTENT_FILTER) {
            throw new AgentException(settings.label() + " refused to answer (content filter)");
        }
        if (text == null || text.isBlank()) {
            throw new AgentException(settings.label() + " gave an empty answer (a refusal, or the answer was cut off)");
        }
        String answered = response.modelName() == null || response.modelName().isBlank()
                ? settings.model() : response.modelName();
        return new Reply(text.strip(), answered);
    }

    private String failure(RuntimeException e) {
        if (timedOut(e)) {
            Duration timeout = settings.timeout();
            return settings.label() + " did not answer within "
                    + (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms")
                    + "; raise agents." + settings.role().configName() + ".timeout or check "
                    + settings.effectiveBaseUrl();
        }
        if (caused(e, java.net.ConnectException.class)) {
            return settings.label() + ": nothing answers at " + settings.effectiveBaseUrl()
                    + " (connection refused); check agents." + settings.role().configName() + ".baseUrl";
        }
        return settings.label() + " at " + settings.effectiveBaseUrl() + " failed: "
                + Redaction.text(Redaction.reason(e), settings.apiKey());
    }

    private static boolean timedOut(Throwable e) {
        return caused(e, TimeoutException.class) || caused(e, HttpTimeoutException.class)
                || caused(e, java.util.concurrent.TimeoutException.class);
    }

    private static boolean caused(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** @param model the model that answered, as the provider names it (may be more exact than the configured one) */
    record Reply(String text, String model) {
    }
}
