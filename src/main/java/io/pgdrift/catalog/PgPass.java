package io.pgdrift.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The libpq password file: lines {@code hostname:port:database:username:password}, {@code *} matching anything,
 * {@code \:} and {@code \\} escaping, the first matching line wins. Like libpq, a file that the group or others
 * may read is ignored, and a missing or unreadable file simply yields no password.
 */
final class PgPass {
    private PgPass() {
    }

    /** {@code passfile} from the URL, else {@code PGPASSFILE}, else {@code ~/.pgpass}. */
    static Path location(Map<String, String> env, String passfile) {
        if (passfile != null && !passfile.isEmpty()) {
            return Path.of(passfile);
        }
        String fromEnv = env.get("PGPASSFILE");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Path.of(fromEnv);
        }
        return Path.of(System.getProperty("user.home"), ".pgpass");
    }

    static String lookup(Path file, String host, int port, String database, String user) {
        List<String> lines;
        try {
            if (!Files.isRegularFile(file) || tooOpen(file)) {
                return null;
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            return null;
        }
        String[] wanted = {host, String.valueOf(port), database, user};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() < 5) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < 4 && match; i++) {
                String field = fields.get(i);
                match = field.equals("*") || field.equals(wanted[i]);
            }
            if (match) {
                return fields.get(4);
            }
        }
        return null;
    }

    private static boolean tooOpen(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** Splits on unescaped colons; the password field takes the rest of the line. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
