import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prints, as one psql script, every catalog query pgdrift runs for a server of the given major (a kind that
 * presence.sql names only where it says the database holds one, as the reader does), in one
 * read-only REPEATABLE READ transaction with an empty search_path, as pgdrift reads it: the "catalog floor"
 * of the benchmark (what the server and a thin client cost for the same rows).
 *
 * The queries come from the built jar through pgdrift's own loader (package-private, reached by reflection
 * so that the bench never keeps a second copy of the fragment expansion).
 *
 * Usage: java -cp target/pgdrift.jar bench/CatalogQueries.java target/pgdrift.jar MAJOR
 */
public class CatalogQueries {
    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        int major = Integer.parseInt(args[1]);
        Method load = Class.forName("io.pgdrift.catalog.CatalogSql").getDeclaredMethod("load", String.class, int.class);
        load.setAccessible(true);
        List<String> names;
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of());
             Stream<Path> files = Files.list(fs.getPath("/catalog"))) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
        StringBuilder out = new StringBuilder();
        out.append("begin isolation level repeatable read read only;\n");
        out.append("select pg_catalog.set_config('search_path', '', true);\n");
        // as the reader does: presence.sql first, then a kind it names only where it says the kind is present
        String presence = ((String) load.invoke(null, "presence", major)).strip();
        out.append("-- presence\n").append(presence).append(" \\gset present_\n");
        for (String name : names) {
            if (name.equals("presence")) {
                continue;
            }
            boolean probed = presence.contains(" as " + name + ",") || presence.endsWith(" as " + name);
            out.append("-- ").append(name).append('\n');
            if (probed) {
                out.append("\\if :present_").append(name).append('\n');
            }
            out.append(((String) load.invoke(null, name, major)).strip()).append(";\n");
            if (probed) {
                out.append("\\endif\n");
            }
        }
        out.append("rollback;\n");
        System.out.print(out);
    }
}
