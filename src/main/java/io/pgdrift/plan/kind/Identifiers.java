package io.pgdrift.plan.kind;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The column names a deparsed expression may mention, read without a parser: a superset (a table or index name
 * comes along), so a caller matches them against the columns it knows.
 */
final class Identifiers {

    private Identifiers() {
    }

    /**
     * The identifiers of deparsed text ({@code RANGE (lower((name)::text), id)}, {@code ... WHERE (note IS NOT NULL)})
     * that can name a column: not a function name (followed by a parenthesis), a type (after {@code ::}) or a
     * collation, not inside a string literal, nor a keyword (deparsed in capitals); quoted ones unquoted.
     */
    static Set<String> in(String deparsed) {
        Set<String> found = new LinkedHashSet<>();
        String text = deparsed == null ? "" : deparsed;
        String previous = "";
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                i = text.indexOf('\'', i + 1) + 1;
                while (i > 0 && i < text.length() && text.charAt(i) == '\'') {
                    i = text.indexOf('\'', i + 1) + 1;
                }
                if (i <= 0) {
                    break;
                }
                previous = "'";
                continue;
            }
            String word;
            boolean keyword = false;
            if (c == '"') {
                StringBuilder quoted = new StringBuilder();
                int j = i + 1;
                while (j < text.length()) {
                    if (text.charAt(j) == '"' && j + 1 < text.length() && text.charAt(j + 1) == '"') {
                        quoted.append('"');
                        j += 2;
                    } else if (text.charAt(j) == '"') {
                        break;
                    } else {
                        quoted.append(text.charAt(j++));
                    }
                }
                word = quoted.toString();
                i = j + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_'
                        || text.charAt(j) == '$')) {
                    j++;
                }
                word = text.substring(i, j);
                keyword = !word.equals(word.toLowerCase(Locale.ROOT)); // deparse quotes a column with capitals
                i = j;
            } else {
                if (!Character.isWhitespace(c)) {
                    previous = text.startsWith("::", i) ? "::" : String.valueOf(c);
                    i += previous.length();
                } else {
                    i++;
                }
                continue;
            }
            int next = i;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            boolean call = next < text.length() && text.charAt(next) == '(';
            if (!keyword && !call && !previous.equals("::") && !previous.equals("COLLATE")) {
                found.add(word);
            }
            previous = word;
        }
        return found;
    }
}
