package io.pgdrift.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the agents said about one report: a note, a triage, both or neither (an agent not configured or that
 * failed). {@link #prependTo} puts them above pgdrift's brief, which stays as it was, so the ticket's DDL,
 * hazards, change list, footer and fingerprint never depend on a model.
 */
public record Review(Optional<ReviewerNote> note, Optional<Triage> triage) {
    /** The heading every note goes under; the ticket stage and readers can find it. */
    public static final String HEADING = "### Reviewer's note";
    public static final Review NONE = new Review(Optional.empty(), Optional.empty());

    public boolean isEmpty() {
        return note.isEmpty() && triage.isEmpty();
    }

    /** The priority triage chose, if it answered. */
    public Optional<Priority> priority() {
        return triage.map(Triage::priority);
    }

    /** The brief with the note section in front of it, or the brief unchanged when there is nothing to add. */
    public String prependTo(String brief) {
        return isEmpty() ? brief : section() + brief;
    }

    /** {@code ### Reviewer's note (model)}, the note quoted, the triage line, and a line saying who wrote it. */
    String section() {
        List<String> models = new ArrayList<>();
        note.ifPresent(n -> models.add(n.model()));
        triage.map(Triage::model).filter(m -> !models.contains(m)).ifPresent(models::add);
        StringBuilder md = new StringBuilder(HEADING).append(" (").append(String.join(", ", models)).append(")\n\n");
        note.ifPresent(n -> md.append(quoted(n.text())).append("\n\n"));
        triage.ifPresent(t -> md.append("**Priority: ").append(t.priority().label()).append("** — ")
                .append(t.reason().replace("![", "[")).append("\n\n"));
        md.append("_Written by ").append(models.size() == 1 ? "a language model" : "language models")
                .append(" from the report below, which is pgdrift's own and exact: check the DDL and hazards there._\n\n")
                .append("---\n\n");
        return md.toString();
    }

    /**
     * The model's Markdown as a block quote: its headings, fences and lists stay inside the quote, so nothing it
     * writes can pass for a section of the brief (the ticket stage reads the change list back by its heading).
     * Images become plain links, so opening the ticket fetches nothing a model chose.
     */
    private static String quoted(String text) {
        return text.replace("![", "[").lines().map(line -> line.isBlank() ? ">" : "> " + line)
                .collect(Collectors.joining("\n"));
    }
}
