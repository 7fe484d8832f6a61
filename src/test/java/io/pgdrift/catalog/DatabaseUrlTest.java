package io.pgdrift.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdrift.PgdriftException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlTest {
    @TempDir
    Path dir;

    private Path noPgpass() {
        return dir.resolve("absent.pgpass");
    }

    private DatabaseUrl parse(String url) {
        return DatabaseUrl.parse(url, Map.of(), noPgpass());
    }

    private DatabaseUrl parse(String url, Map<String, String> env, Path pgpass) {
        return DatabaseUrl.parse(url, env, pgpass);
    }

    @Test
    void libpqUriGivesEveryPart() {
        DatabaseUrl url = parse("postgresql://app%40corp:s%3Acret%2F1@db.example.com:6543/sales%20db"
                + "?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem&connect_timeout=7&application_name=nightly"
                + "&options=-c%20search_path%3Dapp");
        assertThat(url.user()).isEqualTo("app@corp");
        assertThat(url.password()).isEqualTo("s:cret/1");
        assertThat(url.hosts()).containsExactly(new DatabaseUrl.HostPort("db.example.com", 6543));
        assertThat(url.database()).isEqualTo("sales db");
        assertThat(url.properties()).containsEntry("sslmode", "verify-full")
                .containsEntry("sslrootcert", "/etc/ca.pem")
                .containsEntry("connectTimeout", "7")
                .containsEntry("ApplicationName", "nightly")
                .containsEntry("options", "-c search_path=app");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/sales%20db");
        assertThat(url.masked()).isEqualTo("postgresql://app%40corp:***@db.example.com:6543/sales%20db"
                + "?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem&connect_timeout=7&application_name=nightly"
                + "&options=-c%20search_path%3Dapp");
        assertThat(url.toString()).isEqualTo(url.masked()).doesNotContain("s%3Acret");
    }

    @Test
    void postgresSchemeDefaultPortAndUnicodeDatabase() {
        DatabaseUrl url = parse("postgres://me@localhost/%C3%B1and%C3%BA");
        assertThat(url.hosts()).containsExactly(new DatabaseUrl.HostPort("localhost", 5432));
        assertThat(url.database()).isEqualTo("ñandú");
        assertThat(url.password()).isNull();
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/%C3%B1and%C3%BA");
    }

    @Test
    void severalHostsAndIpv6() {
        DatabaseUrl url = parse("postgresql://u@[::1]:5433,replica:5434/db?target_session_attrs=read-write");
        assertThat(url.hosts()).containsExactly(new DatabaseUrl.HostPort("::1", 5433),
                new DatabaseUrl.HostPort("replica", 5434));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433,replica:5434/db");
        assertThat(url.properties()).containsEntry("targetServerType", "primary");
    }

    @Test
    void defaultsComeFromTheEnvironment() {
        DatabaseUrl url = parse("postgresql://", Map.of("PGHOST", "pg.internal", "PGPORT", "5555", "PGUSER", "ops",
                "PGDATABASE", "inventory", "PGPASSWORD", "from-env"), noPgpass());
        assertThat(url.hosts()).containsExactly(new DatabaseUrl.HostPort("pg.internal", 5555));
        assertThat(url.user()).isEqualTo("ops");
        assertThat(url.database()).isEqualTo("inventory");
        assertThat(url.password()).isEqualTo("from-env");
        assertThat(url.masked()).isEqualTo("postgresql://");
    }

    @Test
    void jdbcUrlWithCredentialsInParameters() {
        DatabaseUrl url = parse("jdbc:postgresql://db:5433/app?user=reader&password=p%26ss&sslmode=require&ssl=true");
        assertThat(url.user()).isEqualTo("reader");
        assertThat(url.password()).isEqualTo("p&ss");
        assertThat(url.database()).isEqualTo("app");
        assertThat(url.hosts()).containsExactly(new DatabaseUrl.HostPort("db", 5433));
        assertThat(url.properties()).containsEntry("sslmode", "require").containsEntry("ssl", "true")
                .doesNotContainKeys("user", "password");
        assertThat(url.masked()).isEqualTo("jdbc:postgresql://db:5433/app?user=reader&password=***&sslmode=require&ssl=true");
    }

    @Test
    void shortJdbcFormMeansLocalhost() {
        DatabaseUrl url = parse("jdbc:postgresql:app?user=reader");
        assertThat(url.hosts()).containsExactly(new DatabaseUrl.HostPort("localhost", 5432));
        assertThat(url.database()).isEqualTo("app");
    }

    @Test
    void passwordInUrlWinsOverEnvironmentWhichWinsOverPgpass() throws IOException {
        Path pgpass = pgpass("*:*:*:*:from-file\n");
        Map<String, String> env = Map.of("PGPASSWORD", "from-env");
        assertThat(parse("postgresql://u:from-url@h/db", env, pgpass).password()).isEqualTo("from-url");
        assertThat(parse("postgresql://u@h/db", env, pgpass).password()).isEqualTo("from-env");
        assertThat(parse("postgresql://u@h/db", Map.of(), pgpass).password()).isEqualTo("from-file");
    }

    @Test
    void pgpassMatchesFieldsWildcardsAndEscapes() throws IOException {
        Path pgpass = pgpass("""
                # comment line
                other:5432:db:u:wrong
                db\\:host:*:sales:u:colon\\:and\\\\backslash
                db.example.com:6543:*:u:for-6543
                *:*:*:*:fallback:with:colons
                """);
        assertThat(parse("postgresql://u@db.example.com:6543/x", Map.of(), pgpass).password()).isEqualTo("for-6543");
        assertThat(parse("postgresql://u@db.example.com:5432/x", Map.of(), pgpass).password())
                .isEqualTo("fallback:with:colons");
        assertThat(PgPass.lookup(pgpass, "db:host", 1, "sales", "u")).isEqualTo("colon:and\\backslash");
    }

    @Test
    void pgpassFromPgpassfileVariableAndIgnoredWhenOthersMayReadIt() throws IOException {
        Path pgpass = pgpass("*:*:*:*:secret\n");
        assertThat(DatabaseUrl.parse("postgresql://u@h/db", Map.of("PGPASSFILE", pgpass.toString()), null).password())
                .isEqualTo("secret");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(DatabaseUrl.parse("postgresql://u@h/db", Map.of("PGPASSFILE", pgpass.toString()), null).password())
                .isNull();
    }

    private Path pgpass(String content) throws IOException {
        Path file = dir.resolve("pgpass");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mysql://u:hunter2@h/db                  | unknown scheme",
        "postgresql://u:hunter2@h:54x32/db        | invalid port \"54x32\"",
        "postgresql://u:hunter2@h:70000/db        | invalid port \"70000\"",
        "postgresql://u:hunter2@h/db?sslmod=require | unknown parameter \"sslmod\"",
        "postgresql://u:hunter2@h/db%zz           | invalid percent-encoding \"%zz\"",
        "postgresql://u:hunter2@h/db%2            | incomplete percent-encoding",
        "postgresql://u:hun/ter2@h/db             | the database name contains '/'",
        "postgresql://u:hunter2@[::1/db           | unterminated IPv6 address",
        "postgresql://u:hunter2@h/db?host=%2Ftmp  | Unix-domain socket hosts are not supported",
        "postgresql://u:hunter2@h/db?password     | has no value",
    })
    void malformedUrlsAreOneMaskedLine(String url, String what) {
        assertThatThrownBy(() -> parse(url))
                .isInstanceOf(PgdriftException.class)
                .hasMessageStartingWith("malformed database URL \"")
                .hasMessageContaining(what)
                .hasMessageEndingWith("; expected postgresql://user:password@host:5432/database")
                .hasMessageContaining(":***@")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("hun/ter2")
                        .doesNotContain("\n"));
    }

    @Test
    void emptyUrlIsRefused() {
        assertThatThrownBy(() -> parse("  ")).isInstanceOf(PgdriftException.class)
                .hasMessageContaining("the URL is empty");
    }

    @Test
    void looksLikeUrlTellsUrlsFromFiles() {
        assertThat(DatabaseUrl.looksLikeUrl("postgres://h/db")).isTrue();
        assertThat(DatabaseUrl.looksLikeUrl("jdbc:postgresql://h/db")).isTrue();
        assertThat(DatabaseUrl.looksLikeUrl("snapshots/prod.json")).isFalse();
    }
}
