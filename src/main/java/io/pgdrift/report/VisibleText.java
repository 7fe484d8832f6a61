package io.pgdrift.report;

/**
 * Catalog names may hold any character, newlines included. Wherever a name lands in line-based output (a
 * SQL comment, the change list, a Markdown table row) its control characters are written as visible escapes
 * ({@code \n}, {@code \t}, {@code \u001b}) and backslashes doubled, so one name stays on one line and two
 * different names never print the same.
 */
final class VisibleText {
    private VisibleText() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\u2028', '\u2029', '\u0085' -> String.format("\\u%04x", (int) c);
            default -> Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
