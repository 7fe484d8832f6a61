package io.pgdrift.agent;

/** Writes the reviewer's note: what the drift amounts to and what a reviewer should look at first. */
public final class BriefAgent extends ChatAgent<ReviewerNote> {
    /** A note is a few paragraphs; a longer answer is cut (and a runaway one is not paid for beyond this). */
    static final int MAX_TOKENS = 800;
    static final int MAX_CHARS = 4_000;

    public BriefAgent(AgentSettings settings) {
        super(settings, MAX_TOKENS);
    }

    @Override
    ReviewerNote read(String text, String model) {
        return new ReviewerNote(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + " …" : text, model);
    }
}
