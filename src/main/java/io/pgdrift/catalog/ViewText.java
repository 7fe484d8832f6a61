package io.pgdrift.catalog;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * A view's query as compared: {@code pg_get_viewdef} output normalised by {@link Deparsed}, in the form
 * PostgreSQL 16 and later print it.
 *
 * <p>Up to 15 a view's range table also held the OLD and NEW entries, so column references at the top level
 * of the query were always qualified ({@code SELECT users.name FROM app.users}); from 16 on, a top-level query
 * over a single FROM item prints them bare ({@code SELECT name FROM app.users}). For servers up to 15 this class
 * removes that qualifier in exactly that case: one FROM item (a relation, function or subquery; not a join or
 * a list),
 * no set operation at the top, and only outside sub-selects, which both forms qualify.
 */
final class ViewText {
    private static final Set<String> AFTER_FROM = Set.of("WHERE", "GROUP", "HAVING", "WINDOW", "ORDER", "LIMIT",
            "OFFSET", "FETCH", "FOR", "UNION", "INTERSECT", "EXCEPT", "TABLESAMPLE");

    private ViewText() {
    }

    static String canonical(String viewdef, int major) {
        String text = Deparsed.normalise(viewdef);
        return text == null || major >= 16 ? text : unqualifySingleSource(text);
    }

    static String unqualifySingleSource(String text) {
        int from = topLevelFrom(text);
        if (from < 0) {
            return text;
        }
        int itemStart = from + "FROM ".length();
        int[] item = fromItem(text, itemStart);
        if (item == null) {
            return text;
        }
        String refname = text.substring(item[1], item[2]);
        return strip(text, refname + ".", itemStart, item[0]);
    }

    /**
     * The index of the top-level {@code FROM} keyword, or -1 when there is none or the top level is a set
     * operation (each arm then has its own range table in every version).
     */
    private static int topLevelFrom(String text) {
        Deque<Boolean> parens = new ArrayDeque<>();
        int from = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '(') {
                parens.push(startsSubquery(text, i + 1));
                i++;
            } else if (c == ')') {
                if (!parens.isEmpty()) {
                    parens.pop();
                }
                i++;
            } else if (isIdentStart(c) && (i == 0 || !isIdentPart(text.charAt(i - 1)))) {
                int end = identEnd(text, i);
                if (parens.isEmpty()) {
                    String word = text.substring(i, end).toUpperCase(Locale.ROOT);
                    if (word.equals("UNION") || word.equals("INTERSECT") || word.equals("EXCEPT")) {
                        return -1;
                    }
                    if (word.equals("FROM") && from < 0) {
                        from = i;
                    }
                }
                i = end;
            } else {
                i = Deparsed.quotedEnd(text, i);
            }
        }
        return from;
    }

    /** {end of the item, start and end of its reference name}, or null when the item is not a single source. */
    private static int[] fromItem(String text, int start) {
        int i = text.startsWith("ONLY ", start) ? start + "ONLY ".length() : start;
        int nameStart;
        int nameEnd;
        if (i < text.length() && text.charAt(i) == '(') {
            if (!startsSubquery(text, i + 1)) {
                return null;
            }
            i = closingParen(text, i);
            nameStart = -1;
            nameEnd = -1;
        } else {
            nameStart = i;
            nameEnd = i;
            while (true) {
                int end = nameEnd(text, i);
                if (end == i) {
                    return null;
                }
                nameStart = i;
                nameEnd = end;
                i = end;
                if (i < text.length() && text.charAt(i) == '.') {
                    i++;
                } else {
                    break;
                }
            }
            if (i < text.length() && text.charAt(i) == '(') {
                i = closingParen(text, i);
            }
        }
        if (i + 1 < text.length() && text.charAt(i) == ' ') {
            int aliasEnd = nameEnd(text, i + 1);
            String alias = text.substring(i + 1, aliasEnd);
            if (aliasEnd > i + 1 && !AFTER_FROM.contains(alias.toUpperCase(Locale.ROOT))) {
                nameStart = i + 1;
                nameEnd = aliasEnd;
                i = aliasEnd;
                if (i < text.length() && text.charAt(i) == '(') {
                    i = closingParen(text, i);
                }
            }
        }
        if (nameStart < 0 || i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == '(')
                || text.startsWith(" ,", i)) {
            return null;
        }
        return new int[] {i, nameStart, nameEnd};
    }

    /** Removes {@code prefix} where it qualifies a top-level column reference, outside [skipFrom, skipTo). */
    private static String strip(String text, String prefix, int skipFrom, int skipTo) {
        StringBuilder out = new StringBuilder(text.length());
        int subqueries = 0;
        Deque<Boolean> parens = new ArrayDeque<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (subqueries == 0 && (i < skipFrom || i >= skipTo) && text.startsWith(prefix, i)
                    && qualifiesColumn(text, i, prefix.length())) {
                i += prefix.length();
                continue;
            }
            int end;
            if (c == '(') {
                boolean sub = startsSubquery(text, i + 1);
                parens.push(sub);
                subqueries += sub ? 1 : 0;
                end = i + 1;
            } else if (c == ')') {
                if (!parens.isEmpty() && parens.pop()) {
                    subqueries--;
                }
                end = i + 1;
            } else if (isIdentPart(c)) {
                end = identEnd(text, i);
            } else {
                end = Deparsed.quotedEnd(text, i);
            }
            out.append(text, i, end);
            i = end;
        }
        return out.toString();
    }

    /** A column reference: the prefix starts a token (not a cast target) and a name that is no call follows. */
    private static boolean qualifiesColumn(String text, int at, int length) {
        if (at > 0) {
            char before = text.charAt(at - 1);
            if (isIdentPart(before) || before == '.' || before == '"' || before == ':') {
                return false;
            }
        }
        int column = at + length;
        if (text.startsWith("*", column)) {
            return true;
        }
        int end = nameEnd(text, column);
        return end > column && (end >= text.length() || text.charAt(end) != '(' && text.charAt(end) != '.');
    }

    private static boolean startsSubquery(String text, int i) {
        int j = i;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '(')) {
            j++;
        }
        String rest = text.substring(j, Math.min(text.length(), j + 7)).toUpperCase(Locale.ROOT);
        return rest.startsWith("SELECT") || rest.startsWith("WITH ") || rest.startsWith("VALUES")
                || rest.startsWith("TABLE ");
    }

    private static int closingParen(String text, int open) {
        int depth = 0;
        int i = open;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i = c == '(' || c == ')' ? i + 1 : Deparsed.quotedEnd(text, i);
        }
        return text.length();
    }

    /** End of one (possibly quoted) identifier starting at {@code i}; {@code i} when there is none. */
    private static int nameEnd(String text, int i) {
        if (i >= text.length()) {
            return i;
        }
        if (text.charAt(i) == '"') {
            return Deparsed.quotedEnd(text, i);
        }
        return isIdentStart(text.charAt(i)) ? identEnd(text, i) : i;
    }

    private static int identEnd(String text, int i) {
        int j = i;
        while (j < text.length() && isIdentPart(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || Character.isDigit(c) || c == '$';
    }
}
