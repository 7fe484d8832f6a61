package io.pgdrift.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, end to end: two embedded servers of its own, the job, the brief. */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demoPrintsTheBriefOfTheShopsMigrationsAndHotfixAndWritesItToTheOutbox() throws IOException {
        Path outbox = dir.resolve("outbox");

        CliRun result = CliRun.of("demo", "--outbox", outbox.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        // staging's migrations V7-V9 ...
        assertThat(result.out()).contains("shipments").contains("marketing_opt_in").contains("refunded")
                .contains("orders_created_at_idx").contains("order_totals")
                // ... and production's hand-made hotfix
                .contains("orders_pending_created_idx");
        List<Path> files;
        try (Stream<Path> listed = Files.list(outbox)) {
            files = listed.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .hasSize(3).allMatch(n -> n.matches("shop-[0-9a-f]+\\.(json|md|sql)"));
        Path brief = files.get(1); // sorted: .json, .md, .sql
        Path migration = files.get(2);
        assertThat(brief.getFileName().toString()).endsWith(".md");
        assertThat(Files.readString(migration)).contains("CREATE TABLE").contains("shipments");
        assertThat(result.err()).contains("brief written to " + brief);
    }
}
