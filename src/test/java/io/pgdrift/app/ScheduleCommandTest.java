package io.pgdrift.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code pgdrift schedule} refuses before it starts waiting (the loop itself: {@code SchedulerTest}). */
class ScheduleCommandTest {
    @TempDir
    Path dir;

    @Test
    void aConfigurationWithoutScheduleIsRefusedWithTheFix() throws IOException {
        Path config = dir.resolve("pgdrift.yaml");
        Files.writeString(config, "pairs: [{name: app, staging: 'postgresql://a/x', production: 'postgresql://b/x'}]\n");

        CliRun result = CliRun.of("schedule", "--config", config.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("the configuration has no schedule; add schedule: {cron: \"0 3 * * *\", timezone: UTC}");
    }

    @Test
    void aBadCronIsRefusedBeforeTheSchedulerStarts() throws IOException {
        Path config = dir.resolve("pgdrift.yaml");
        Files.writeString(config, "pairs: [{name: app, staging: 'postgresql://a/x', production: 'postgresql://b/x'}]\n"
                + "schedule: {cron: '61 * * * *', timezone: UTC}\n");

        CliRun result = CliRun.of("schedule", "--config", config.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("schedule.cron: \"61 * * * *\" is not a 5-field cron").doesNotContain("scheduler started");
    }
}
