package io.pgdrift.ticket;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds ticket descriptions and keeps them, and comments, under a size cap. Linear publishes no limit
 * (API-NOTES §9), so the cap is ours: an oversized brief keeps whole sections while they fit, notes the ones it
 * leaves out, points to the attached {@code migration.sql}, and always ends with the pair footer line.
 */
final class TicketBody {
    /** Default cap on description and comment length, well below anything reported to be refused. */
    static final int DEFAULT_MAX_CHARS = 60_000;

    private TicketBody() {
    }

    /**
     * The description for a draft: the brief without its footer, a link to the uploaded migration (when there is
     * one), then the footer as the last line; shortened to {@code maxChars} when needed.
     */
    static String description(TicketDraft draft, String migrationUrl, int maxChars) {
        PairIdentity identity = new PairIdentity(draft.pair(), draft.fingerprint());
        String body = withoutFooter(draft.description() == null ? "" : draft.description(), identity);
        StringBuilder tail = new StringBuilder();
        if (migrationUrl != null) {
            tail.append("The complete migration: [migration.sql](").append(migrationUrl).append(")\n\n");
        }
        tail.append(identity.footer());
        String whole = body.isEmpty() ? tail.toString() : body + "\n\n" + tail;
        if (whole.length() <= maxChars) {
            return whole;
        }
        String note = "> This brief was shortened to fit a Linear description (" + body.length()
                + " characters); the complete migration is in the attached `migration.sql`.";
        int budget = maxChars - tail.length() - note.length() - 6;
        return shorten(body, Math.max(budget, 0)) + "\n\n" + note + "\n\n" + tail;
    }

    /** A comment body within {@code maxChars}: cut at a line, any open code fence closed. */
    static String comment(String body, int maxChars) {
        if (body.length() <= maxChars) {
            return body;
        }
        String marker = "\n\n_(comment shortened)_";
        return cutAtLine(body, Math.max(maxChars - marker.length(), 0)) + marker;
    }

    private static String withoutFooter(String description, PairIdentity identity) {
        String text = description.stripTrailing();
        int lastBreak = text.lastIndexOf('\n');
        String lastLine = text.substring(lastBreak + 1);
        if (PairIdentity.fromDescription(lastLine).filter(identity::equals).isPresent()) {
            text = lastBreak < 0 ? "" : text.substring(0, lastBreak).stripTrailing();
        }
        return text;
    }

    /** Whole sections while they fit; a section that does not fit is named as left out, the first one is cut. */
    static String shorten(String body, int budget) {
        List<List<String>> sections = sections(body);
        StringBuilder out = new StringBuilder();
        for (List<String> section : sections) {
            String text = String.join("\n", section);
            String separator = out.length() == 0 ? "" : "\n";
            if (out.length() + separator.length() + text.length() <= budget) {
                out.append(separator).append(text);
            } else if (out.length() == 0) {
                out.append(cutAtLine(text, budget));
            } else {
                String omitted = "\n_(section \"" + title(section) + "\" left out: too long for a Linear description)_\n";
                if (out.length() + omitted.length() <= budget) {
                    out.append(omitted);
                }
            }
        }
        return out.toString().stripTrailing();
    }

    /** Splits at Markdown headings that are not inside a code block; the text before the first heading leads. */
    private static List<List<String>> sections(String body) {
        List<List<String>> sections = new ArrayList<>();
        List<String> current = new ArrayList<>();
        String fence = null;
        for (String line : body.split("\\R", -1)) {
            if (fence == null && line.startsWith("#") && !current.isEmpty()) {
                sections.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
            if (fence == null) {
                fence = Fences.opening(line);
            } else if (Fences.closes(line, fence)) {
                fence = null;
            }
        }
        sections.add(current);
        return sections;
    }

    private static String title(List<String> section) {
        String heading = section.get(0).replaceFirst("^#+\\s*", "").strip();
        return heading.length() > 80 ? heading.substring(0, 80) + "…" : heading;
    }

    /** The longest prefix of whole lines within {@code budget}, with an open code fence closed. */
    static String cutAtLine(String text, int budget) {
        StringBuilder out = new StringBuilder();
        String fence = null;
        for (String line : text.split("\\R", -1)) {
            String openAfter = fence == null ? Fences.opening(line) : (Fences.closes(line, fence) ? null : fence);
            int closingAfter = openAfter == null ? 0 : openAfter.length() + 1;
            if (out.length() + line.length() + 1 + closingAfter > budget) {
                if (fence != null) {
                    out.append(fence).append('\n');
                }
                return out.toString().stripTrailing();
            }
            out.append(line).append('\n');
            fence = openAfter;
        }
        return out.toString().stripTrailing();
    }
}
