package io.pgdrift.catalog;

/**
 * Canonical text for what the server deparses ({@code pg_get_viewdef}, {@code pg_get_constraintdef}, ...): runs
 * of blank space outside string literals, quoted identifiers and dollar quotes become one space, spaces just
 * inside parentheses go, and a trailing semicolon is dropped. The same DDL then reads the same on every major.
 */
final class Deparsed {
    private Deparsed() {
    }

    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        boolean pendingSpace = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
                continue;
            }
            if (pendingSpace) {
                char last = out.length() == 0 ? '(' : out.charAt(out.length() - 1);
                if (last != '(' && c != ')') {
                    out.append(' ');
                }
                pendingSpace = false;
            }
            int end = quotedEnd(text, i);
            out.append(text, i, end);
            i = end;
        }
        int len = out.length();
        while (len > 0 && (out.charAt(len - 1) == ';' || out.charAt(len - 1) == ' ')) {
            len--;
        }
        // most texts are already canonical: keep the (possibly shared) input rather than a copy of it
        return len == n && len == out.length() && text.contentEquals(out) ? text : out.substring(0, len);
    }

    /** Index just past the token starting at {@code i}: a whole quoted section, else the one character. */
    static int quotedEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '\'') {
            boolean backslashes = i > 0 && (text.charAt(i - 1) == 'E' || text.charAt(i - 1) == 'e');
            return closing(text, i + 1, '\'', backslashes);
        }
        if (c == '"') {
            return closing(text, i + 1, '"', false);
        }
        if (c == '$') {
            int tagEnd = dollarTagEnd(text, i);
            if (tagEnd > 0) {
                String tag = text.substring(i, tagEnd);
                int close = text.indexOf(tag, tagEnd);
                return close < 0 ? text.length() : close + tag.length();
            }
        }
        return i + 1;
    }

    private static int closing(String text, int from, char quote, boolean backslashes) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** {@code $tag$} or {@code $$} starting at {@code i} (not a {@code $1} parameter); the index after it, or -1. */
    private static int dollarTagEnd(String text, int i) {
        if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_')) {
            return -1;
        }
        int j = i + 1;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '_'
                || j > i + 1 && Character.isDigit(text.charAt(j)))) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '$' ? j + 1 : -1;
    }
}
