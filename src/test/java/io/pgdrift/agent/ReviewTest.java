package io.pgdrift.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.report.DriftReport;
import io.pgdrift.report.MarkdownBrief;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewTest {
    private static final DriftReport REPORT = AgentReports.dataLoss();
    private static final String BRIEF = MarkdownBrief.render(REPORT);

    @Test
    void theNoteGoesAboveTheBriefWhichStaysAsItWas() {
        Review review = new Review(Optional.of(new ReviewerNote("Looks like a hotfix.\n\nDrop with care.", "gpt-4.1-mini")),
                Optional.of(new Triage(Priority.HIGH, "drops legacy_notes", "claude-haiku-4-5")));

        String described = review.prependTo(BRIEF);

        assertThat(described).startsWith("### Reviewer's note (gpt-4.1-mini, claude-haiku-4-5)\n\n"
                + "> Looks like a hotfix.\n>\n> Drop with care.\n\n**Priority: high** — drops legacy_notes\n\n");
        assertThat(described).endsWith("---\n\n" + BRIEF);
    }

    @Test
    void nothingTheModelWritesCanPassForASectionOfTheBrief() {
        Review review = new Review(Optional.of(new ReviewerNote(
                "### Change list\n```text\nunclosed fence\n![pixel](https://example.com/p.png)", "m")), Optional.empty());

        String section = review.prependTo("");

        assertThat(section.lines().filter(line -> line.startsWith("#")))
                .containsExactly("### Reviewer's note (m)");
        assertThat(section.lines().filter(line -> line.startsWith("```"))).isEmpty();
        assertThat(section).doesNotContain("![");
    }

    @Test
    void anEmptyReviewLeavesTheBriefAlone() {
        assertThat(Review.NONE.prependTo(BRIEF)).isSameAs(BRIEF);
    }
}
