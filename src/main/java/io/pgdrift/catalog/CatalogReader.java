package io.pgdrift.catalog;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.Dependency;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.ServerInfo;
import io.pgdrift.model.Snapshot;
import io.pgdrift.model.Uncompared;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads one database's catalog into a {@link Snapshot}: one bulk query per object kind, in one read-only
 * REPEATABLE READ transaction. Never writes.
 */
public final class CatalogReader {
    /** Supported majors; older servers lack catalog columns the queries read (tgparentid, ...). */
    static final int OLDEST_MAJOR = 13;

    private static final int FETCH_SIZE = 5000;

    private record KindQuery(String file, RowReader reader) {
    }

    /** In dependency order of the OID registry: types before the tables that use them, tables before members. */
    private static final List<KindQuery> QUERIES = List.of(
            new KindQuery("schemas", GlobalRows::schema),
            new KindQuery("extensions", GlobalRows::extension),
            new KindQuery("collations", CollationRows::collation),
            new KindQuery("enums", TypeRows::enumType),
            new KindQuery("domains", TypeRows::domain),
            new KindQuery("composite_types", TypeRows::composite),
            new KindQuery("sequences", RelationRows::sequence),
            new KindQuery("tables", RelationRows::table),
            new KindQuery("columns", RelationRows::column),
            new KindQuery("constraints", MemberRows::constraint),
            new KindQuery("indexes", MemberRows::index),
            new KindQuery("views", RelationRows::view),
            new KindQuery("functions", RoutineRows::function),
            new KindQuery("triggers", MemberRows::trigger),
            new KindQuery("event_triggers", GlobalRows::eventTrigger),
            new KindQuery("policies", MemberRows::policy),
            new KindQuery("statistics", StatisticsRows::statistics),
            new KindQuery("default_privileges", DefaultPrivilegesRows::defaultPrivileges),
            new KindQuery("range_types", RangeTypeRows::rangeType),
            new KindQuery("ts_parsers", TextSearchParserRows::parser),
            new KindQuery("ts_templates", TextSearchTemplateRows::template),
            new KindQuery("ts_dictionaries", TextSearchDictionaryRows::dictionary),
            new KindQuery("ts_configs", TextSearchConfigurationRows::configuration),
            new KindQuery("operators", OperatorRows::operator),
            new KindQuery("operator_families", OperatorFamilyRows::family),
            new KindQuery("operator_classes", OperatorClassRows::operatorClass),
            new KindQuery("conversions", ConversionRows::conversion),
            new KindQuery("foreign_data_wrappers", ForeignDataRows::wrapper),
            new KindQuery("foreign_servers", ForeignDataRows::server),
            new KindQuery("user_mappings", ForeignDataRows::mapping),
            new KindQuery("foreign_tables", ForeignTableRows::foreignTable),
            new KindQuery("publications", ReplicationRows::publication),
            new KindQuery("subscriptions", ReplicationRows::subscription),
            new KindQuery("access_methods", AccessMethodRows::accessMethod),
            new KindQuery("languages", LanguageRows::language),
            new KindQuery("aggregates", AggregateRows::aggregate),
            new KindQuery("casts", CastRows::cast),
            new KindQuery("rules", RuleRows::rule));

    private final Duration statementTimeout;
    private final Duration lockTimeout;

    /** A reader with the default timeouts ({@link Connections#DEFAULT_STATEMENT_TIMEOUT}, {@link Connections#DEFAULT_LOCK_TIMEOUT}). */
    public CatalogReader() {
        this(Connections.DEFAULT_STATEMENT_TIMEOUT, Connections.DEFAULT_LOCK_TIMEOUT);
    }

    /** A reader whose connections give up on a catalog query or a catalog lock after these times. */
    public CatalogReader(Duration statementTimeout, Duration lockTimeout) {
        this.statementTimeout = statementTimeout;
        this.lockTimeout = lockTimeout;
    }

    /** Connects read-only, reads, disconnects. Throws {@link io.pgdrift.PgdriftException} with a one-line reason. */
    public Snapshot read(DatabaseUrl url) {
        Connection connection = Connections.openReadOnly(url, statementTimeout, lockTimeout);
        try {
            return read(connection, url.masked(), url);
        } finally {
            Connections.closeQuietly(connection);
        }
    }

    /**
     * Reads through a connection the caller opened (tests, or a caller with its own pool): switches it to a
     * read-only, non-autocommit REPEATABLE READ transaction and rolls that back at the end.
     */
    public Snapshot read(Connection connection) {
        return read(connection, "the database", null);
    }

    private Snapshot read(Connection connection, String name, DatabaseUrl url) {
        try {
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
            }
            connection.setReadOnly(true);
            if (connection.getTransactionIsolation() != Connection.TRANSACTION_REPEATABLE_READ) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try {
                return readInTransaction(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw failure(name, url, e);
        }
    }

    private Snapshot readInTransaction(Connection connection) throws SQLException {
        ServerInfo server;
        String database;
        try (Statement s = connection.createStatement();
             // An empty search_path for this transaction makes the server deparse every name schema-qualified:
             // views, defaults and types then read the same whatever search_path the role has on either side,
             // and the DDL built from them applies whatever search_path the session that runs it has.
             ResultSet rs = s.executeQuery("select current_setting('server_version_num')::int,"
                     + " current_setting('server_version'), current_database(),"
                     + " pg_catalog.set_config('search_path', '', true)")) {
            rs.next();
            String version = rs.getString(2);
            int space = version.indexOf(' ');
            server = new ServerInfo(rs.getInt(1), space > 0 ? version.substring(0, space) : version);
            database = rs.getString(3);
        }
        if (server.major() < OLDEST_MAJOR) {
            throw new PgdriftException("PostgreSQL " + server.version() + " is not supported; pgdrift reads "
                    + OLDEST_MAJOR + " and later");
        }
        OidKeys oids = new OidKeys();
        TextPool pool = new TextPool();
        List<SchemaObject> objects = new ArrayList<>();
        Consumer<SchemaObject> add = objects::add;
        Set<String> absent = absentKinds(connection, server.major());
        for (KindQuery query : QUERIES) {
            if (absent.contains(query.file())) {
                continue;
            }
            try (Statement s = connection.createStatement()) {
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = s.executeQuery(CatalogSql.load(query.file(), server.major()))) {
                    Rows row = new Rows(rs, server.major(), pool);
                    while (rs.next()) {
                        query.reader().read(row, oids, add);
                    }
                }
            }
        }
        List<Dependency> dependencies = dependencies(connection, server.major(), oids);
        return new Snapshot(Snapshot.FORMAT_VERSION, server, database, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                objects, dependencies, RelationSizes.read(connection, server.major()),
                uncompared(connection, server.major()), Owners.read(connection, server.major(), oids));
    }

    /**
     * The queries of {@code presence.sql} that cannot return a row here (a column of that name is false): most
     * schemas use few of the rarer kinds, and on a small database planning the queries is most of a read's cost.
     */
    static Set<String> absentKinds(Connection connection, int major) throws SQLException {
        Set<String> absent = new HashSet<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery(CatalogSql.load("presence", major))) {
            rs.next();
            ResultSetMetaData columns = rs.getMetaData();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                if (!rs.getBoolean(i)) {
                    absent.add(columns.getColumnLabel(i));
                }
            }
        }
        return absent;
    }

    /** The files of the kind queries, in the order they run. */
    static List<String> kindQueries() {
        return QUERIES.stream().map(KindQuery::file).toList();
    }

    /** One pg_depend query; rows whose ends are not both compared objects are dropped. */
    private static List<Dependency> dependencies(Connection connection, int major, OidKeys oids) throws SQLException {
        Set<Dependency> found = new LinkedHashSet<>();
        try (Statement s = connection.createStatement()) {
            s.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = s.executeQuery(CatalogSql.load("dependencies", major))) {
                // positions looked up once: the driver's lookup by name compares the label's characters per value
                int classid = rs.findColumn("classid");
                int objid = rs.findColumn("objid");
                int objsubid = rs.findColumn("objsubid");
                int refclassid = rs.findColumn("refclassid");
                int refobjid = rs.findColumn("refobjid");
                int refobjsubid = rs.findColumn("refobjsubid");
                while (rs.next()) {
                    ObjectKey dependent = oids.get(rs.getLong(classid), rs.getLong(objid), rs.getInt(objsubid));
                    ObjectKey referenced = oids.get(rs.getLong(refclassid), rs.getLong(refobjid), rs.getInt(refobjsubid));
                    if (dependent != null && referenced != null && !dependent.equals(referenced)) {
                        found.add(new Dependency(dependent, referenced));
                    }
                }
            }
        }
        List<Dependency> sorted = new ArrayList<>(found);
        sorted.sort((a, b) -> {
            int c = a.dependent().compareTo(b.dependent());
            return c != 0 ? c : a.referenced().compareTo(b.referenced());
        });
        return sorted;
    }

    /** One query counting, per kind and schema, the objects of kinds no other query reads. */
    private static List<Uncompared> uncompared(Connection connection, int major) throws SQLException {
        List<Uncompared> found = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery(CatalogSql.load("not_compared", major))) {
            while (rs.next()) {
                found.add(new Uncompared(rs.getString("kind"), rs.getString("schema"), rs.getInt("count")));
            }
        }
        return found;
    }

    private static PgdriftException failure(String name, DatabaseUrl url, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = ConnectionFailure.reason(url, e);
        String fix = switch (state) {
            case "57014" -> "a catalog query ran past statement_timeout; retry when the server is less busy";
            case "55P03" -> "a catalog lock was held past lock_timeout (DDL running?); retry later";
            case "42501" -> "grant the user CONNECT on the database and USAGE on its schemas";
            case "53200" -> "the server's lock table is full (one lock per view, like pg_dump takes per table);"
                    + " raise max_locks_per_transaction";
            default -> "check that the server is reachable and retry";
        };
        return new PgdriftException("reading the catalog of " + name + " failed: " + reason + "; " + fix, e);
    }
}
