package io.pgdrift.mutation;

import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.Psql;
import io.pgdrift.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The base schema loaded once per server into a template database; each case copies it with
 * {@code CREATE DATABASE ... TEMPLATE}, which is far cheaper than loading the script again.
 */
final class BaseTemplates {
    private static final Map<Integer, TestDatabase> TEMPLATES = new ConcurrentHashMap<>();

    private BaseTemplates() {
    }

    /** A new database of {@code server} holding the base schema; the caller drops it when done. */
    static TestDatabase copy(PgServer server, String prefix) {
        // psql has disconnected when load returns, so the template has no sessions and can be copied concurrently
        TestDatabase template = TEMPLATES.computeIfAbsent(server.major(),
                m -> Psql.load(server.createDatabase("mut_base"), script()));
        return server.copyOf(template, "mut_" + prefix);
    }

    private static String script() {
        try (InputStream in = BaseTemplates.class.getResourceAsStream("/mutations/base.sql")) {
            if (in == null) {
                throw new IllegalStateException("/mutations/base.sql is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
