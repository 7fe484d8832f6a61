package io.pgdrift.app.config;

import com.cronutils.model.Cron;
import com.cronutils.model.time.ExecutionTime;
import java.time.ZoneId;

/** When {@code pgdrift schedule} runs the job: a UNIX 5-field cron read in {@code zone}. */
public record Schedule(String expression, Cron cron, ZoneId zone) {
    public ExecutionTime executionTime() {
        return ExecutionTime.forCron(cron);
    }

    @Override
    public String toString() {
        return "\"" + expression + "\" (" + zone + ")";
    }
}
