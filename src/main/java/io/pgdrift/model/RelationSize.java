package io.pgdrift.model;

/**
 * The planner's estimate of a table's or materialized view's size, from {@code pg_class} (never by reading the
 * relation): what a hazard on it costs. Not schema: kept beside the compared objects, never compared.
 *
 * @param relation the table or materialized view
 * @param rows     {@code reltuples} (for a partitioned table, the sum over its partitions); -1 when the table has
 *                 never been vacuumed or analysed, so there is no estimate
 * @param bytes    {@code relpages} times the block size (summed over partitions likewise)
 */
public record RelationSize(ObjectKey relation, long rows, long bytes) {

    public boolean rowsKnown() {
        return rows >= 0;
    }

    /** The two sizes added, for a partitioned table's partitions; unknown rows count as none. */
    public RelationSize plus(RelationSize other) {
        long sum = Math.max(0, rows) + Math.max(0, other.rows);
        return new RelationSize(relation, rowsKnown() || other.rowsKnown() ? sum : -1, bytes + other.bytes);
    }

    /** {@code ≈12.4 M rows, 3.1 GB}; {@code no row estimate yet, 8 kB} for a table never analysed. */
    public String describe() {
        String count = rowsKnown() ? "≈" + count(rows) + (rows == 1 ? " row" : " rows") : "no row estimate yet";
        return count + ", " + bytes(bytes);
    }

    private static String count(long n) {
        if (n < 10_000) {
            return Long.toString(n);
        }
        if (n < 1_000_000) {
            return oneDecimal(n / 1e3) + " k";
        }
        if (n < 1_000_000_000) {
            return oneDecimal(n / 1e6) + " M";
        }
        return oneDecimal(n / 1e9) + " G";
    }

    private static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = n / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return oneDecimal(value) + " " + units[unit];
    }

    private static String oneDecimal(double value) {
        String text = String.format(java.util.Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
