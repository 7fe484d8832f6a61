package io.pgdrift.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LineLoggerTest {
    private final StringWriter written = new StringWriter();
    private final Logger log = LoggerFactory.getLogger("io.pgdrift.app.test");

    private LogSettings.Invocation invocation;

    @BeforeEach
    void open() {
        invocation = LogSettings.open();
    }

    @AfterEach
    void restore() {
        invocation.close();
    }

    @Test
    void slf4jFindsThisProvider() {
        assertThat(LoggerFactory.getLogger("x")).isInstanceOf(LineLogger.class);
    }

    @Test
    void textLinesCarryTimeLevelAndMessageAndDebugOnlyWhenVerbose() {
        LogSettings.configure(false, LogFormat.TEXT, new PrintWriter(written, true));
        log.info("{}: {} changes", "app", 7);
        log.debug("hidden detail");
        LoggerFactory.getLogger("io.zonky.test.Library").info("library chatter");

        assertThat(written.toString().lines()).singleElement().asString()
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ INFO  app: 7 changes");

        LogSettings.configure(true, LogFormat.TEXT, new PrintWriter(written, true));
        log.debug("shown detail");
        assertThat(written.toString()).contains("DEBUG shown detail");
    }

    @Test
    void jsonLinesAreOneObjectEach() throws Exception {
        LogSettings.configure(false, LogFormat.JSON, new PrintWriter(written, true));
        log.warn("crm: production unreachable", new IllegalStateException("connection refused"));

        JsonNode line = new ObjectMapper().readTree(written.toString().strip());
        assertThat(line.get("level").asText()).isEqualTo("WARN");
        assertThat(line.get("logger").asText()).isEqualTo("io.pgdrift.app.test");
        assertThat(line.get("message").asText()).isEqualTo("crm: production unreachable");
        assertThat(line.get("error").asText()).isEqualTo("connection refused");
        assertThat(line.get("time").asText()).endsWith("Z");
    }

    @Test
    void passwordsAndLinearKeysAreMaskedInMessagesAndErrors() {
        LogSettings.configure(true, LogFormat.TEXT, new PrintWriter(written, true));
        log.info("reading postgresql://drift:hunter2@db.internal:5432/app and jdbc:postgresql://h/db?user=u&password=hunter2");
        log.error("Linear refused key {}", "lin_api_AbCdEf0123456789",
                new IllegalStateException("token lin_oauth_zz99 in postgres://x:hunter2@h/db"));

        String text = written.toString();
        assertThat(text).doesNotContain("hunter2").doesNotContain("AbCdEf0123456789").doesNotContain("zz99")
                .contains("postgresql://drift:***@db.internal:5432/app")
                .contains("password=***")
                .contains("lin_api_***").contains("lin_oauth_***");
    }

    @Test
    void eachInvocationLogsToItsOwnWriterAndThreadsItStartsFollowIt() throws Exception {
        StringWriter other = new StringWriter();
        LogSettings.configure(false, LogFormat.TEXT, new PrintWriter(written, true));
        Thread started = new Thread(() -> {
            LogSettings.Invocation second = LogSettings.open();
            LogSettings.configure(false, LogFormat.TEXT, new PrintWriter(other, true));
            log.info("from the second invocation");
            second.close();
            log.info("from a thread the first invocation started");
        });
        started.start();
        started.join();
        log.info("from the first invocation");

        assertThat(other.toString().lines()).singleElement().asString().endsWith("from the second invocation");
        assertThat(written.toString().lines()).hasSize(2)
                .anyMatch(l -> l.endsWith("from a thread the first invocation started"))
                .anyMatch(l -> l.endsWith("from the first invocation"));
    }

    @Test
    void aThreadThatOutlivesItsInvocationNoLongerWritesToIt() throws Exception {
        LogSettings.configure(true, LogFormat.JSON, new PrintWriter(written, true));
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<LogSettings.Config> seen = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            seen.set(LogSettings.current());
            log.info("after the invocation ended");
        });
        worker.start();
        invocation.close();
        closed.countDown();
        worker.join();

        assertThat(written.toString()).isEmpty();
        assertThat(seen.get().threshold()).isEqualTo(LogLevel.INFO);
        assertThat(seen.get().format()).isEqualTo(LogFormat.TEXT);
    }

    @Test
    void configuringOutsideAnInvocationConcernsOnlyTheCallingThread() throws Exception {
        invocation.close();
        StringWriter threadLog = new StringWriter();
        Thread thread = new Thread(() -> {
            LogSettings.configure(false, LogFormat.TEXT, new PrintWriter(threadLog, true));
            log.info("on the configured thread");
        });
        thread.start();
        thread.join();
        log.warn("on the test thread, after the other one configured its own");

        assertThat(threadLog.toString().lines()).singleElement().asString().endsWith("on the configured thread");
    }
}
