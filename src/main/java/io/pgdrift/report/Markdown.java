package io.pgdrift.report;

/**
 * Escaping of catalog text for Markdown, so that a name holding backticks, pipes, markup or newlines shows as
 * written and cannot break a table, an inline code span or a fenced block.
 */
final class Markdown {
    /** Characters with a meaning inline (emphasis, code, links, HTML, tables, strike-through, entities). */
    private static final String SPECIAL = "\\`*_[]<>|~#&!";

    private Markdown() {
    }

    /** Plain text: control characters made visible, every Markdown-special character backslash-escaped. */
    static String text(String text) {
        String visible = VisibleText.of(text);
        StringBuilder out = new StringBuilder(visible.length() + 8);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * An inline code span: delimited by one backtick more than the longest run inside, padded with a space when
     * the text starts or ends with a backtick or a space. In a table cell pipes are escaped, which GitHub-style
     * tables remove again before reading the code span.
     */
    static String code(String text, boolean inTable) {
        String visible = VisibleText.of(text);
        if (inTable) {
            visible = visible.replace("|", "\\|");
        }
        String fence = "`".repeat(longestBacktickRun(visible) + 1);
        boolean pad = visible.isEmpty() || visible.startsWith("`") || visible.endsWith("`")
                || visible.startsWith(" ") || visible.endsWith(" ");
        String padding = pad ? " " : "";
        return fence + padding + visible + padding + fence;
    }

    /** A fenced code block whose fence is longer than any backtick run in the content (at least three). */
    static String fenced(String info, String content) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
        String body = content.endsWith("\n") ? content : content + "\n";
        return fence + info + "\n" + body + fence + "\n";
    }

    static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
