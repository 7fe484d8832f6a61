package io.pgdrift.app.config;

import io.pgdrift.diff.DiffOptions;
import io.pgdrift.diff.RoleMap;
import java.util.List;
import java.util.Map;

/** A pair's comparison settings: {@code compareColumnOrder}, {@code compareOwners} and {@code roleMap}. */
final class PairOptions {
    private PairOptions() {
    }

    /** The options of {@code pair} at {@code path}; each problem with the role map is added at its key path. */
    static DiffOptions of(ConfigFile.Pair pair, String path, List<ConfigProblem> problems) {
        Map<String, String> names = pair.roleMap() == null ? Map.of() : pair.roleMap();
        List<String> wrong = RoleMap.problems(names);
        wrong.forEach(reason -> problems.add(new ConfigProblem(path + ".roleMap", reason)));
        return new DiffOptions(Boolean.TRUE.equals(pair.compareColumnOrder()), Boolean.TRUE.equals(pair.compareOwners()),
                wrong.isEmpty() ? new RoleMap(names) : RoleMap.NONE);
    }
}
