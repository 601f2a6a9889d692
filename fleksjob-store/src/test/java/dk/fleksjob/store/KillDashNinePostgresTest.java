package dk.fleksjob.store;

import java.sql.Connection;
import java.sql.SQLException;

/** The fault test on PostgreSQL: the killed client's open transaction is rolled back by the server. */
class KillDashNinePostgresTest extends KillDashNineContract {
    @Override
    String[] freshDatabase(String name) {
        String db = name + "_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
        try (Connection c = TestDatabases.postgres().getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database " + db);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new String[] {TestDatabases.jdbcUrl(db), "postgres", "postgres"};
    }
}
