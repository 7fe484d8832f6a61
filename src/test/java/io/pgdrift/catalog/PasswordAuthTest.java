package io.pgdrift.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.Snapshot;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Password authentication, on a server of its own whose pg_hba.conf requires scram-sha-256 for every user but
 * the superuser (the shared test servers trust everyone).
 */
class PasswordAuthTest {
    private static final String ROLE = "catalog_password_auth";
    private static final String PASSWORD = "c0rrect-h0rse";
    private static final String WRONG = "hunter2-secret";

    @TempDir
    static Path dir;
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        Path hba = dir.resolve("pg_hba.conf");
        Files.writeString(hba, """
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        postgres = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString()).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static String url(String password) {
        return "postgresql://" + ROLE + (password == null ? "" : ":" + password) + "@localhost:" + postgres.getPort()
                + "/postgres";
    }

    @Test
    void wrongPasswordIsOneLineWithoutThePassword() {
        ConnectionsTest.assertOneLine(url(WRONG), "password authentication failed for user \"" + ROLE + "\"");
    }

    @Test
    void missingPasswordSaysWhereToPutIt() {
        PgdriftException e = catchFailure(DatabaseUrl.parse(url(null), Map.of(), dir.resolve("absent")));
        assertThat(e.getMessage()).contains("PGPASSWORD").doesNotContain("\n");
    }

    @Test
    void rightPasswordFromUrlEnvironmentOrPgpassReads() throws Exception {
        Snapshot fromUrl = new CatalogReader().read(DatabaseUrl.parse(url(PASSWORD)));
        assertThat(fromUrl.database()).isEqualTo("postgres");
        Snapshot fromEnv = new CatalogReader().read(DatabaseUrl.parse(url(null), Map.of("PGPASSWORD", PASSWORD),
                dir.resolve("absent")));
        assertThat(fromEnv.objects()).isEqualTo(fromUrl.objects());
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "localhost:" + postgres.getPort() + ":postgres:" + ROLE + ":" + PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Snapshot fromPgpass = new CatalogReader().read(DatabaseUrl.parse(url(null), Map.of(), pgpass));
        assertThat(fromPgpass.objects()).isEqualTo(fromUrl.objects());
    }

    private static PgdriftException catchFailure(DatabaseUrl url) {
        return (PgdriftException) org.assertj.core.api.Assertions.catchThrowable(() -> new CatalogReader().read(url));
    }
}
