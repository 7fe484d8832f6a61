package io.pgdrift.plan;

import io.pgdrift.model.RelationSize;

/**
 * One risk of one statement.
 *
 * @param detail     what exactly, in a sentence ({@code drops column email of public.users and its data})
 * @param saferPath  how to do it with less risk, or null when there is none
 * @param size       production's estimated size of the relation the statement touches, or null when unknown
 */
public record Hazard(HazardKind kind, String detail, String saferPath, RelationSize size) {

    public Hazard(HazardKind kind, String detail, String saferPath) {
        this(kind, detail, saferPath, null);
    }

    public Hazard withSize(RelationSize relationSize) {
        return new Hazard(kind, detail, saferPath, relationSize);
    }

    /**
     * The detail with the size next to the relation's name: {@code rewrites public.orders (≈12.4 M rows, 3.1 GB)};
     * when the detail does not name the relation, the size follows it.
     */
    public String sizedDetail() {
        if (size == null) {
            return detail;
        }
        String name = size.relation().display();
        int at = detail.indexOf(name);
        while (at >= 0 && continuesName(detail, at + name.length())) {
            at = detail.indexOf(name, at + 1);
        }
        if (at < 0) {
            return detail + " (" + name + ": " + size.describe() + ")";
        }
        int end = at + name.length();
        return detail.substring(0, end) + " (" + size.describe() + ")" + detail.substring(end);
    }

    /** True when the text goes on with more of a name at {@code i}: {@code public.orders_archive}, {@code public.orders.id}. */
    private static boolean continuesName(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '.') {
            return i + 1 < text.length() && isNamePart(text.charAt(i + 1));
        }
        return isNamePart(c);
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
