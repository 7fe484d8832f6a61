package io.pgdrift.ticket;

/** Markdown code fences ({@code ```} or {@code ~~~}, three or more), enough to keep a cut from breaking one. */
final class Fences {
    private Fences() {
    }

    /** The fence a line opens (its backtick or tilde run), or null when it opens none. */
    static String opening(String line) {
        String s = line.stripLeading();
        if (line.length() - s.length() > 3) {
            return null;
        }
        char c = s.isEmpty() ? ' ' : s.charAt(0);
        if (c != '`' && c != '~') {
            return null;
        }
        int n = 0;
        while (n < s.length() && s.charAt(n) == c) {
            n++;
        }
        if (n < 3 || (c == '`' && s.indexOf('`', n) >= 0)) {
            return null;
        }
        return s.substring(0, n);
    }

    static boolean closes(String line, String fence) {
        String s = line.strip();
        return s.length() >= fence.length() && s.chars().allMatch(ch -> ch == fence.charAt(0));
    }
}
