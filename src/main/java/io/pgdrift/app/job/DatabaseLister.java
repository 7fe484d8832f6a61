package io.pgdrift.app.job;

import io.pgdrift.catalog.DatabaseUrl;
import java.util.List;

/** Lists a server's databases for discovery: {@code catalog.DatabaseList::read} in production use. */
@FunctionalInterface
public interface DatabaseLister {
    /** Throws {@link io.pgdrift.PgdriftException} with a one-line reason when the server cannot be listed. */
    List<String> list(DatabaseUrl server);
}
