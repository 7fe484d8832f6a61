package io.pgdrift.ticket;

import java.util.List;

/** The comments pgdrift leaves on a ticket: when its drift changed, and when the drift is gone. */
final class TicketComments {
    /** Lines listed per side before the rest is only counted, so a large drift keeps a readable comment. */
    static final int MAX_LINES = 100;

    private TicketComments() {
    }

    /** @param delta what appeared and went away, or null when the previous change list could not be read back */
    static String changed(String previousFingerprint, TicketDraft draft, ChangeList.Delta delta) {
        return withDelta("**The drift changed** since this ticket was last written (fingerprint `"
                + previousFingerprint + "` → `" + draft.fingerprint() + "`). The description and the attached"
                + " `migration.sql` now show the " + count(draft.changeLines().size()) + " found tonight.\n", delta);
    }

    /** The first comment of a ticket that follows a canceled one: what changed since that drift was accepted. */
    static String sinceAccepted(String previous, String acceptedFingerprint, TicketDraft draft, ChangeList.Delta delta) {
        return withDelta("**The drift changed since " + previous + " was canceled** (its drift, fingerprint `"
                + acceptedFingerprint + "`, was accepted; tonight's is `" + draft.fingerprint() + "`).\n", delta);
    }

    /** The line a new ticket's description starts with when it follows a closed ticket of the same pair. */
    static String follows(String identifier, String url, boolean canceled, String previousFingerprint) {
        String link = "[" + identifier + "](" + url + ")";
        return canceled
                ? "> Follows " + link + ", which was canceled: its drift (fingerprint `" + previousFingerprint
                        + "`) was accepted. The drift has changed since; the first comment lists how."
                : "> Follows " + link + ", which was completed while the drift persisted.";
    }

    private static String withDelta(String lead, ChangeList.Delta delta) {
        StringBuilder out = new StringBuilder(lead);
        if (delta == null) {
            out.append("\nThe previous change list could not be read back from the description, so what appeared"
                    + " and what went away cannot be told apart.\n");
        } else if (delta.isEmpty()) {
            out.append("\nThe same objects differ as before, but in other ways: compare the migration.\n");
        } else {
            section(out, "Appeared since", delta.appeared());
            section(out, "Went away since", delta.wentAway());
        }
        return out.toString().stripTrailing();
    }

    static String resolved(String pair, String stateName) {
        return "**The drift is gone**: staging and production of pair `" + pair + "` now have the same schema."
                + " pgdrift moves this ticket to " + stateName + ".";
    }

    private static void section(StringBuilder out, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append("\n").append(heading).append(" (").append(lines.size()).append("):\n\n```text\n");
        lines.stream().limit(MAX_LINES).forEach(line -> out.append(line).append('\n'));
        out.append("```\n");
        if (lines.size() > MAX_LINES) {
            out.append("… and ").append(lines.size() - MAX_LINES).append(" more.\n");
        }
    }

    private static String count(int changes) {
        return changes + " change" + (changes == 1 ? "" : "s");
    }
}
