package io.pgdrift.agent;

import io.pgdrift.report.DriftReport;

/**
 * An {@link Agent} that asks a chat model: its instructions as the system prompt, the report as the message.
 * Subclasses say only how many tokens an answer may take and how the answer's text is read.
 */
abstract class ChatAgent<A> implements Agent<A> {
    private final AgentSettings settings;
    private final Chat chat;

    ChatAgent(AgentSettings settings, int maxAnswerTokens) {
        this.settings = settings;
        this.chat = new Chat(settings, maxAnswerTokens);
    }

    @Override
    public final AgentSettings settings() {
        return settings;
    }

    @Override
    public final A ask(DriftReport report) {
        Chat.Reply reply = chat.ask(Instructions.of(settings), ReportMessage.of(report));
        return read(reply.text(), reply.model());
    }

    /** The smallest useful question: proves key, URL and model name in one call, and returns who answered. */
    @Override
    public final String ping() {
        return chat.ask("You are checking that this API works. Answer with the single word: ok", "ping").model();
    }

    /** The answer from the model's (non-blank) text; an {@link AgentException} when it is unusable. */
    abstract A read(String text, String model);
}
