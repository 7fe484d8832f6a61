package io.pgdrift.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One drift scenario: a folder of {@code src/test/resources/scenarios} (the format is described in the README
 * there). {@code common.sql} is loaded into both databases before {@code production.sql} or {@code staging.sql};
 * {@code requires} names the lowest major that can load the scenario; {@code known-gap} says why pgdrift and
 * pg_dump do not agree on it yet.
 */
record Scenario(String name, Path dir, int requires, Optional<String> knownGap, JsonNode expected) {

    static final String ROOT = "scenarios";
    /** The lowest supported major: a scenario without {@code requires} runs on every supported major. */
    static final int LOWEST_SUPPORTED = 13;
    /** The majors every scenario runs on (when the build tests them): both ends, and the last one pg_dump 15 reads. */
    static final List<Integer> MAJORS = List.of(13, 15, 18);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EXPECTATION_KEYS =
            List.of("changes", "hazards", "noHazards", "sql", "noSql", "backport", "nonTransactional");

    Optional<Path> common() {
        Path common = dir.resolve("common.sql");
        return Files.exists(common) ? Optional.of(common) : Optional.empty();
    }

    Path production() {
        return dir.resolve("production.sql");
    }

    Path staging() {
        return dir.resolve("staging.sql");
    }

    boolean runsOn(int major) {
        return major >= requires;
    }

    /** The major whose migration {@code expected.sql} holds: the lowest of {@link #MAJORS} this scenario runs on. */
    int goldenMajor() {
        return MAJORS.stream().filter(this::runsOn).findFirst()
                .orElseThrow(() -> new IllegalStateException("scenario " + name + " requires PostgreSQL " + requires
                        + ", newer than every major it would run on: " + MAJORS));
    }

    @Override
    public String toString() {
        return name;
    }

    /** Every scenario, by name; {@code -Dpgdrift.scenarios=a,b} narrows a local run to some. */
    static List<Scenario> all() {
        List<String> only = List.of(System.getProperty("pgdrift.scenarios", "").split(",")).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).sorted()
                    .filter(d -> only.isEmpty() || only.contains(d.getFileName().toString()))
                    .map(Scenario::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scenario load(Path dir) {
        String name = dir.getFileName().toString();
        for (String required : List.of("production.sql", "staging.sql")) {
            if (!Files.exists(dir.resolve(required))) {
                throw new IllegalStateException("scenario " + name + " has no " + required
                        + " (see src/test/resources/scenarios/README.md)");
            }
        }
        int requires = text(dir.resolve("requires")).map(Integer::parseInt).orElse(LOWEST_SUPPORTED);
        Optional<String> knownGap = text(dir.resolve("known-gap"));
        JsonNode expected;
        try {
            expected = Files.exists(dir.resolve("expected.json"))
                    ? JSON.readTree(dir.resolve("expected.json").toFile()) : JSON.createObjectNode();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read expected.json of scenario " + name, e);
        }
        expected.fieldNames().forEachRemaining(key -> {
            if (!EXPECTATION_KEYS.contains(key)) {
                throw new IllegalStateException("expected.json of scenario " + name + " has the unknown key '" + key
                        + "'; the keys are " + EXPECTATION_KEYS);
            }
        });
        return new Scenario(name, dir, requires, knownGap, expected);
    }

    private static Optional<String> text(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenarios as the build sees them (target/test-classes). */
    static Path root() {
        URL url = Scenario.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("no " + ROOT + " on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The scenarios as the repository holds them, where golden files are rewritten. */
    static Path sourceRoot() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "src", "test", "resources", ROOT);
    }
}
