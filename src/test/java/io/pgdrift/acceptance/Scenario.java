package io.pgdrift.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One drift scenario from {@code src/test/resources/acceptance/scenarios/<name>.sql}: a file with the sections
 * {@code -- common} (loaded into both databases), {@code -- production} and {@code -- staging}. A scenario
 * without the last two is an identical pair. Header lines: {@code -- requires: 15} (lowest major that can load
 * it) and {@code -- bug: <one line>} (a known bug of a stage still being finished; the scenario waits in a
 * disabled test until the line is removed).
 */
record Scenario(String name, int requiresMajor, String bug, String common, String production, String staging) {

    private static final String DIR = "acceptance/scenarios";

    boolean identical() {
        return production.isBlank() && staging.isBlank();
    }

    String productionScript() {
        return common + "\n" + production;
    }

    String stagingScript() {
        return common + "\n" + staging;
    }

    boolean runsOn(int major) {
        return major >= requiresMajor;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Every scenario file, by name. */
    static List<Scenario> all() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().map(Scenario::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scenario load(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.sql$", "");
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        for (String section : List.of("header", "common", "production", "staging")) {
            sections.put(section, new StringBuilder());
        }
        StringBuilder current = sections.get("header");
        int requires = 0;
        String bug = null;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.matches("-- (common|production|staging)")) {
                current = sections.get(trimmed.substring(3));
            } else if (current == sections.get("header") && trimmed.startsWith("-- requires:")) {
                requires = Integer.parseInt(trimmed.substring("-- requires:".length()).strip());
            } else if (current == sections.get("header") && trimmed.startsWith("-- bug:")) {
                bug = trimmed.substring("-- bug:".length()).strip();
            } else {
                current.append(line).append('\n');
            }
        }
        if (sections.get("common").isEmpty() && sections.get("staging").isEmpty()) {
            throw new IllegalStateException(file + " has no '-- common' or '-- staging' section");
        }
        return new Scenario(name, requires, bug, sections.get("common").toString(),
                sections.get("production").toString(), sections.get("staging").toString());
    }

    private static Path directory() {
        URL url = Scenario.class.getClassLoader().getResource(DIR);
        if (url == null) {
            throw new IllegalStateException("no " + DIR + " on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The scenarios of {@link #all()} paired with each major they run on, as JUnit arguments. */
    static List<Object[]> onMajors(List<Integer> majors, boolean knownBugs) {
        List<Object[]> cases = new ArrayList<>();
        for (Scenario scenario : all()) {
            if ((scenario.bug() != null) != knownBugs) {
                continue;
            }
            for (int major : majors) {
                if (scenario.runsOn(major)) {
                    cases.add(new Object[] {scenario, major});
                }
            }
        }
        return cases;
    }
}
