package io.pgdrift.mutation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One row of {@code mutations/mutations.tsv}: a change made to staging only, the oldest major it runs on, and,
 * when pgdrift is known to miss it, why (a finding, reported as a JUnit assumption rather than hidden).
 */
record Mutation(String id, int minimumMajor, String sql, Optional<String> knownGap, int line) {

    static final String TABLE = "/mutations/mutations.tsv";

    @Override
    public String toString() {
        return id;
    }

    static List<Mutation> all() {
        String text;
        try (InputStream in = Mutation.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is not on the test class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Mutation> mutations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String row = lines[i];
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cells = row.split("\t", -1);
            if (cells.length < 3 || cells.length > 4) {
                throw new IllegalStateException(TABLE + " line " + (i + 1)
                        + ": expected id, minimum major, SQL and an optional known gap separated by tabs, got: " + row);
            }
            String id = cells[0].trim();
            if (!ids.add(id)) {
                throw new IllegalStateException(TABLE + " line " + (i + 1) + ": id " + id + " is used twice");
            }
            String gap = cells.length == 4 ? cells[3].trim() : "";
            mutations.add(new Mutation(id, Integer.parseInt(cells[1].trim()), cells[2].trim(),
                    gap.isEmpty() ? Optional.empty() : Optional.of(gap), i + 1));
        }
        return mutations;
    }
}
