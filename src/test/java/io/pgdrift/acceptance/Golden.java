package io.pgdrift.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The golden migrations of the scenarios. {@code expected.sql} holds the exact output of {@code pgdrift diff
 * --format sql} on the scenario's lowest major ({@link Scenario#goldenMajor()}); {@code expected-pg18.sql} exists
 * only where PostgreSQL 18 prints something else. The only text masked is the server version in the two header
 * lines naming production and staging, so that a new minor release of the test servers changes no golden file.
 * {@code mvn verify -Dpgdrift.updateGolden=true} rewrites the files from what the run printed
 * (see {@link #writeRecorded()}).
 */
final class Golden {
    private static final Pattern SERVER_VERSION = Pattern.compile(
            "^(-- (?:apply to FROM \\(production\\)|to match TO \\(staging\\)): .* · PostgreSQL )\\S+$",
            Pattern.MULTILINE);
    private static final String MASK = "<version>";

    /** scenario → variant → major → script, as this run printed them (only when updating). */
    private static final Map<Scenario, Map<DiffVariant, Map<Integer, String>>> RECORDED = new ConcurrentHashMap<>();

    private Golden() {
    }

    static boolean updating() {
        return Boolean.getBoolean("pgdrift.updateGolden");
    }

    /** The script as golden files hold it: the server versions in the header masked. */
    static String comparable(String script) {
        return SERVER_VERSION.matcher(script).replaceAll("$1" + MASK);
    }

    /** The golden script for one major: its own file where it differs, else {@code expected.sql}. */
    static Optional<String> expected(Scenario scenario, DiffVariant variant, int major) {
        Path own = scenario.dir().resolve(variant.goldenFile(major));
        Path shared = scenario.dir().resolve(variant.goldenFile(null));
        return read(Files.exists(own) ? own : shared);
    }

    static void record(Scenario scenario, DiffVariant variant, int major, String script) {
        RECORDED.computeIfAbsent(scenario, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(variant, v -> new ConcurrentHashMap<>()).put(major, comparable(script));
    }

    /**
     * Writes what this run recorded into {@code src/test/resources/scenarios}: {@code expected.sql} from the
     * golden major, and a per-major file only for a major whose script differs from it (an equal one is
     * deleted). A run without the golden major compares the other majors with the {@code expected.sql} on disk.
     */
    static void writeRecorded() {
        for (var scenario : RECORDED.entrySet()) {
            Path dir = Scenario.sourceRoot().resolve(scenario.getKey().name());
            int goldenMajor = scenario.getKey().goldenMajor();
            for (var variant : scenario.getValue().entrySet()) {
                Map<Integer, String> byMajor = new TreeMap<>(variant.getValue());
                Path shared = dir.resolve(variant.getKey().goldenFile(null));
                if (byMajor.containsKey(goldenMajor)) {
                    write(shared, byMajor.get(goldenMajor));
                }
                Optional<String> base = read(shared);
                byMajor.forEach((major, script) -> {
                    Path own = dir.resolve(variant.getKey().goldenFile(major));
                    if (base.isPresent() && base.get().equals(script)) {
                        delete(own);
                    } else {
                        write(own, script);
                    }
                });
            }
        }
        RECORDED.clear();
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the golden file " + file, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
