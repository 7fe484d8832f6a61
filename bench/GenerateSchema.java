import java.util.Random;
import java.util.SplittableRandom;

/**
 * Prints the DDL of a realistic application schema of N tables: identity keys, typed columns with defaults,
 * CHECK, UNIQUE and FOREIGN KEY constraints, plain, partial and expression indexes, an enum and a domain,
 * views, SQL and PL/pgSQL functions, triggers and comments.
 *
 * Usage: java bench/GenerateSchema.java TABLES production|staging [DRIFT_PERCENT] [SEED]
 *
 * The staging variant equals production except for about DRIFT_PERCENT % of the tables (default 1), which
 * get one planted change each (new column, widened type, new index, dropped check, new default, changed
 * view, changed function); production additionally keeps a few hand-made "hotfix" indexes. The same
 * arguments always print the same text.
 */
public class GenerateSchema {

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: java GenerateSchema.java TABLES production|staging [DRIFT_PERCENT] [SEED]");
            System.exit(1);
        }
        int tables = Integer.parseInt(args[0]);
        boolean staging = args[1].equals("staging");
        double driftPercent = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
        StringBuilder out = new StringBuilder(tables * 1200);
        new GenerateSchema(tables, staging, driftPercent, seed).write(out);
        System.out.print(out);
    }

    private final int tables;
    private final boolean staging;
    private final double driftPercent;
    private final long seed;

    GenerateSchema(int tables, boolean staging, double driftPercent, long seed) {
        this.tables = tables;
        this.staging = staging;
        this.driftPercent = driftPercent;
        this.seed = seed;
    }

    /** Which planted change table i carries in staging, or -1; decided by the seed alone, not by the variant. */
    private int driftOf(int i) {
        // SplittableRandom mixes its seed; java.util.Random gives nearly equal first draws for neighbouring seeds
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        return r.nextDouble() * 100 < driftPercent ? r.nextInt(7) : -1;
    }

    private boolean hotfixOf(int i) {
        return new SplittableRandom(seed * 7_000_003L + i).nextDouble() * 100 < driftPercent / 4;
    }

    private static String schemaOf(int i) {
        return i % 5 == 0 ? "billing" : "app";
    }

    private static String table(int i) {
        return schemaOf(i) + ".t" + i;
    }

    void write(StringBuilder out) {
        out.append("SET client_min_messages = warning;\n");
        out.append("CREATE SCHEMA app;\nCREATE SCHEMA billing;\n");
        out.append("CREATE TYPE app.status AS ENUM ('new', 'active', 'suspended', 'closed');\n");
        out.append("CREATE DOMAIN app.email AS text CHECK (VALUE ~ '^[^@]+@[^@]+$');\n");
        out.append("""
                CREATE FUNCTION app.touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  NEW.updated_at := now();
                  RETURN NEW;
                END $$;
                """);
        for (int i = 0; i < tables; i++) {
            writeTable(out, i);
        }
    }

    private void writeTable(StringBuilder out, int i) {
        Random r = new Random(seed + i);
        int drift = staging ? driftOf(i) : -1;
        String t = table(i);
        String name = "t" + i;
        out.append("CREATE TABLE ").append(t).append(" (\n");
        out.append("  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n");
        out.append("  name text NOT NULL,\n");
        out.append("  code varchar(").append(drift == 1 ? 64 : 32).append(") NOT NULL,\n");
        out.append("  amount numeric(12,2) NOT NULL DEFAULT 0");
        if (drift != 3) {
            out.append(" CONSTRAINT ").append(name).append("_amount_check CHECK (amount >= 0)");
        }
        out.append(",\n");
        out.append("  status app.status NOT NULL DEFAULT ").append(drift == 4 ? "'active'" : "'new'").append(",\n");
        out.append("  contact app.email,\n");
        out.append("  attributes jsonb NOT NULL DEFAULT '{}'::jsonb,\n");
        if (i > 0) {
            int ref = r.nextInt(i);
            out.append("  ref_id bigint REFERENCES ").append(table(ref)).append(" (id) ON DELETE SET NULL,\n");
        }
        int extra = r.nextInt(4);
        for (int c = 0; c < extra; c++) {
            out.append("  extra_").append(c).append(' ').append(switch (r.nextInt(4)) {
                case 0 -> "integer";
                case 1 -> "boolean DEFAULT false";
                case 2 -> "timestamptz";
                default -> "text";
            }).append(",\n");
        }
        if (drift == 0) {
            out.append("  archived_at timestamptz,\n");
        }
        out.append("  created_at timestamptz NOT NULL DEFAULT now(),\n");
        out.append("  updated_at timestamptz NOT NULL DEFAULT now(),\n");
        out.append("  UNIQUE (code)\n);\n");
        out.append("CREATE INDEX ON ").append(t).append(" (created_at);\n");
        if (i > 0) {
            out.append("CREATE INDEX ON ").append(t).append(" (ref_id);\n");
        }
        if (r.nextInt(3) == 0) {
            out.append("CREATE UNIQUE INDEX ").append(name).append("_live_name ON ").append(t)
                    .append(" (lower(name)) WHERE status <> 'closed';\n");
        }
        if (drift == 2) {
            out.append("CREATE INDEX ").append(name).append("_status_idx ON ").append(t).append(" (status, created_at);\n");
        }
        if (!staging && hotfixOf(i)) {
            out.append("CREATE INDEX ").append(name).append("_hotfix ON ").append(t).append(" (updated_at);\n");
        }
        out.append("COMMENT ON TABLE ").append(t).append(" IS 'Generated table ").append(i).append("';\n");
        if (i % 10 == 0) {
            out.append("CREATE VIEW ").append(schemaOf(i)).append(".v").append(i).append(" AS SELECT id, name, amount")
                    .append(drift == 5 ? ", status" : "").append(" FROM ").append(t)
                    .append(" WHERE status <> 'closed';\n");
        }
        if (i % 25 == 0) {
            out.append("CREATE TRIGGER ").append(name).append("_touch BEFORE UPDATE ON ").append(t)
                    .append(" FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();\n");
            out.append("CREATE FUNCTION ").append(schemaOf(i)).append(".total_").append(i)
                    .append("(since timestamptz) RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT coalesce(sum(amount), 0) FROM ")
                    .append(t).append(" WHERE created_at >= since").append(drift == 6 ? " AND status <> 'closed'" : "")
                    .append(" $$;\n");
        }
    }
}
