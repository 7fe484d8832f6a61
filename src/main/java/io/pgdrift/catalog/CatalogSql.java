package io.pgdrift.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog queries, one readable file per object kind under {@code /catalog/}. Where the catalogs of the
 * supported majors differ, a line ends in {@code -- pg14+} (kept from that major on) or {@code -- before pg14}
 * (kept below it). What every query repeats is written once as a fragment in {@code /catalog/fragments/} and
 * used as {@code {{name arg1 arg2}}}: the fragment's {@code $1}, {@code $2}, ... become the arguments.
 */
final class CatalogSql {
    private static final Pattern FROM = Pattern.compile("--\\s*pg(\\d+)\\+\\s*$");
    private static final Pattern BEFORE = Pattern.compile("--\\s*before pg(\\d+)\\s*$");
    private static final Pattern MACRO = Pattern.compile("\\{\\{(\\w+)((?: [^ }]+)*)}}");

    private CatalogSql() {
    }

    /** The query in {@code catalog/<name>.sql} for a server of the given major version. */
    static String load(String name, int major) {
        return forMajor(expand(resource("/catalog/" + name + ".sql")), major);
    }

    static String expand(String sql) {
        Matcher m = MACRO.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String fragment = resource("/catalog/fragments/" + m.group(1) + ".sql").strip();
            String[] args = m.group(2).strip().split(" ");
            for (int i = args.length; i >= 1; i--) {
                fragment = fragment.replace("$" + i, args[i - 1]);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(fragment));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resource(String resource) {
        try (InputStream in = CatalogSql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String forMajor(String sql, int major) {
        StringBuilder out = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            Matcher from = FROM.matcher(line);
            Matcher before = BEFORE.matcher(line);
            if (from.find() && major < Integer.parseInt(from.group(1))
                    || before.find() && major >= Integer.parseInt(before.group(1))) {
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
