package io.pgdrift.app;

import io.pgdrift.PgdriftException;
import io.pgdrift.diff.RoleMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code diff --role-map STAGING=PRODUCTION}, repeated: the same mapping a pair's {@code roleMap} gives. */
final class RoleMapOption {
    private RoleMapOption() {
    }

    static RoleMap parse(List<String> entries) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new PgdriftException("--role-map " + entry + ": write STAGING_ROLE=PRODUCTION_ROLE, e.g. "
                        + "--role-map app_staging=app");
            }
            String staging = entry.substring(0, equals);
            if (names.put(staging, entry.substring(equals + 1)) != null) {
                throw new PgdriftException("--role-map maps staging role \"" + staging + "\" twice; give it once");
            }
        }
        return new RoleMap(names);
    }
}
