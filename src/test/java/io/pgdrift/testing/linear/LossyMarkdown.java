package io.pgdrift.testing.linear;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Linear does to Markdown it stores: it keeps a rich-text document and writes Markdown back out on read,
 * so HTML comments vanish (API-NOTES §4, observed by third parties), blank-line runs and trailing spaces are
 * normalised, {@code *} bullets come back as {@code -}, and characters with Markdown meaning inside words come
 * back escaped ({@code snake_case} → {@code snake\_case}). Code blocks and inline code keep their text. The fake
 * stores descriptions and comments through this, so pgdrift's pair identity must survive it.
 */
public final class LossyMarkdown {
    private static final Pattern FENCE = Pattern.compile("`{3,}|~{3,}");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private LossyMarkdown() {
    }

    public static String store(String markdown) {
        if (markdown == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        String fence = null;
        for (String line : markdown.split("\\R", -1)) {
            if (fence == null) {
                String opens = fenceOpened(line);
                if (opens != null) {
                    flush(prose, out);
                    fence = opens;
                    out.add(line.strip());
                } else {
                    prose.append(line).append('\n');
                }
            } else {
                out.add(line);
                if (closes(line, fence)) {
                    fence = null;
                }
            }
        }
        flush(prose, out);
        return String.join("\n", out).strip();
    }

    /** The run of backticks or tildes (three or more) a line opens a code block with, or null. */
    private static String fenceOpened(String line) {
        String s = line.strip();
        Matcher m = FENCE.matcher(s);
        return m.lookingAt() && !(s.charAt(0) == '`' && s.indexOf('`', m.end()) >= 0) ? m.group() : null;
    }

    private static boolean closes(String line, String fence) {
        String s = line.strip();
        return s.length() >= fence.length() && s.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static void flush(StringBuilder prose, List<String> out) {
        if (prose.length() == 0) {
            return;
        }
        String text = HTML_COMMENT.matcher(prose).replaceAll("");
        prose.setLength(0);
        boolean blank = !out.isEmpty() && out.get(out.size() - 1).isBlank();
        for (String line : text.split("\n", -1)) {
            String l = line.stripTrailing();
            if (l.isBlank()) {
                if (!blank) {
                    out.add("");
                }
                blank = true;
                continue;
            }
            blank = false;
            out.add(escape(l.replaceFirst("^(\\s*)\\* ", "$1- ")));
        }
    }

    /** Escapes {@code _} inside words, outside inline code and URLs. */
    private static String escape(String line) {
        StringBuilder out = new StringBuilder();
        boolean code = false;
        String[] tokens = line.split("(?<=\\s)|(?=\\s)");
        for (String token : tokens) {
            if (token.contains("://")) {
                out.append(token);
                continue;
            }
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c == '`') {
                    code = !code;
                }
                boolean inWord = i > 0 && i < token.length() - 1 && Character.isLetterOrDigit(token.charAt(i - 1));
                if (!code && c == '_' && inWord && token.charAt(i - 1) != '\\') {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
