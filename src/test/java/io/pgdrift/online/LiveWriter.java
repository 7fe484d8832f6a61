package io.pgdrift.online;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An application writing to production while a migration runs: one session inserting rows one at a time, each
 * its own transaction, as fast as it can. Every insert is timed by the writer itself, so its longest stall is
 * exactly the longest time any write waited on the migration's locks.
 */
final class LiveWriter implements AutoCloseable {
    /** Writes done before {@link #awaitRunning()} returns: the writer is past connecting and warming up. */
    private static final int WARM_UP_WRITES = 200;

    /** What the writer saw: how many rows it wrote and its longest single write. */
    record Stats(long writes, Duration longestWrite) {
    }

    private final Connection connection;
    private final PreparedStatement insert;
    private final long firstId;
    private final Thread thread;
    private final CountDownLatch warmedUp = new CountDownLatch(1);
    private final AtomicReference<SQLException> failure = new AtomicReference<>();
    private volatile boolean running = true;
    private volatile long writes;
    private volatile long longestNanos;

    /**
     * @param insertSql an INSERT with one parameter, a fresh id (from {@code firstId} up) for each row
     */
    LiveWriter(Connection connection, String insertSql, long firstId) throws SQLException {
        this.connection = connection;
        this.insert = connection.prepareStatement(insertSql);
        this.firstId = firstId;
        this.thread = new Thread(this::write, "live-writer");
        thread.setDaemon(true);
        thread.start();
    }

    private void write() {
        long id = firstId;
        try {
            while (running) {
                insert.setLong(1, id++);
                long started = System.nanoTime();
                insert.executeUpdate();
                long took = System.nanoTime() - started;
                longestNanos = Math.max(longestNanos, took);
                writes++;
                if (writes == WARM_UP_WRITES) {
                    warmedUp.countDown();
                }
            }
        } catch (SQLException e) {
            failure.set(e);
            warmedUp.countDown();
        }
    }

    /** Returns once the writer has written its warm-up rows; the stall count starts afresh then. */
    void awaitRunning() throws InterruptedException {
        if (!warmedUp.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the writer did not get going within a minute");
        }
        longestNanos = 0;
        throwIfFailed();
    }

    /** Stops the writer after its current write and reports what it saw; a failed write is an error. */
    Stats stop() throws InterruptedException {
        running = false;
        thread.join(TimeUnit.MINUTES.toMillis(2));
        throwIfFailed();
        return new Stats(writes, Duration.ofNanos(longestNanos));
    }

    private void throwIfFailed() {
        if (failure.get() != null) {
            throw new IllegalStateException("the live writer's insert failed: " + failure.get().getMessage(),
                    failure.get());
        }
    }

    @Override
    public void close() throws SQLException {
        running = false;
        try {
            thread.join(TimeUnit.MINUTES.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
