package io.pgdrift.app;

import io.pgdrift.PgdriftException;
import io.pgdrift.catalog.CatalogReader;
import io.pgdrift.catalog.DatabaseUrl;
import io.pgdrift.catalog.SnapshotFile;
import io.pgdrift.model.Snapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pgdrift snapshot}: one database's catalog as a JSON snapshot file, for {@code pgdrift diff} to read later. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Write the schema of one database as a JSON snapshot (stdout by default). "
                + "The snapshot names no host, user or password.")
final class SnapshotCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "URL",
            description = "The database: postgresql://user@host:5432/db or jdbc:postgresql://host/db. The password "
                    + "may also come from PGPASSWORD or ~/.pgpass.")
    String db;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the snapshot to FILE instead of stdout.")
    Path out;

    @Mixin
    LogOptions log;

    @Override
    public Integer call() {
        log.apply(spec);
        DatabaseUrl url = DatabaseUrl.parse(db);
        LOG.debug("reading {}", url.masked());
        Snapshot snapshot = new CatalogReader().read(url);
        LOG.debug("{} objects from {}", snapshot.objects().size(), url.masked());
        if (out == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            SnapshotFile.write(snapshot, buffer);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(buffer.toString(StandardCharsets.UTF_8));
            stdout.flush();
        } else {
            writeFile(snapshot, out);
        }
        return 0;
    }

    /** Writes beside the target and renames, so a failed run never leaves half a snapshot behind. */
    private static void writeFile(Snapshot snapshot, Path file) {
        Path target = file.toAbsolutePath();
        Path partial = null;
        try {
            partial = Files.createTempFile(target.getParent(), ".pgdrift-snapshot-", ".partial");
            try (OutputStream stream = Files.newOutputStream(partial)) {
                SnapshotFile.write(snapshot, stream);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new PgdriftException("cannot write the snapshot to " + file + " (" + e.getMessage()
                    + "): check that the directory exists and is writable");
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // best effort: the partial file is hidden and named as such
                }
            }
        }
    }
}
