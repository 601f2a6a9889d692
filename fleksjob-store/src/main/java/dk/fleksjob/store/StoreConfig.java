package dk.fleksjob.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the store lives. By default an H2 file database under {@code ./data/} (created on first start, nothing to
 * install); PostgreSQL when {@code SPRING_PROFILES_ACTIVE} contains {@code postgres}, with the usual Spring
 * variables {@code SPRING_DATASOURCE_URL}, {@code SPRING_DATASOURCE_USERNAME}, {@code SPRING_DATASOURCE_PASSWORD}.
 * {@code SPRING_DATASOURCE_URL} alone also selects the database (H2 or PostgreSQL by its JDBC prefix).
 *
 * @param url      the JDBC URL
 * @param username the user, or null
 * @param password the password, or null (never shown by {@link #toString()})
 */
public record StoreConfig(String url, String username, String password) {

    /** The default file database: ./data/fleksjob.mv.db, relative to the working directory. */
    public static final String DEFAULT_H2_URL = "jdbc:h2:file:./data/fleksjob";
    public static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://localhost:5432/fleksjob";

    public static StoreConfig fromEnvironment(Map<String, String> env) {
        String url = blankToNull(env.get("SPRING_DATASOURCE_URL"));
        String user = blankToNull(env.get("SPRING_DATASOURCE_USERNAME"));
        String password = env.get("SPRING_DATASOURCE_PASSWORD");
        if (postgresProfile(env.get("SPRING_PROFILES_ACTIVE"))) {
            return new StoreConfig(url == null ? DEFAULT_POSTGRES_URL : url, user, password);
        }
        return url == null ? h2File(Path.of("data")) : new StoreConfig(url, user, password);
    }

    /** An H2 file database {@code fleksjob} in the directory (created with the directory on first use). */
    public static StoreConfig h2File(Path directory) {
        String dir = directory.toString().replace('\\', '/');
        String path = directory.isAbsolute() || dir.startsWith(".") ? dir : "./" + dir;
        return new StoreConfig("jdbc:h2:file:" + path + "/fleksjob", "sa", "");
    }

    static boolean postgresProfile(String profiles) {
        return profiles != null && Arrays.stream(profiles.split(",")).map(String::strip).anyMatch("postgres"::equals);
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** A plain (unpooled) DataSource for the CLI and tests; the server brings its own pool. */
    public DataSource dataSource() {
        if (isPostgres()) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            if (username != null) {
                ds.setUser(username);
            }
            if (password != null) {
                ds.setPassword(password);
            }
            // The server's error detail quotes key values ("Key (cpr)=(…)"): keep them out of exceptions and logs.
            ds.setLogServerErrorDetail(false);
            ds.setReWriteBatchedInserts(true);
            return ds;
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource ds = new JdbcDataSource();
            // Without a pool every transaction opens and closes a connection; H2 would close and reopen the whole
            // database file each time the last connection closes. Keep it open for the life of the process.
            ds.setURL(url.contains("DB_CLOSE_DELAY") ? url : url + ";DB_CLOSE_DELAY=-1");
            ds.setUser(username == null ? "sa" : username);
            ds.setPassword(password == null ? "" : password);
            return ds;
        }
        throw new IllegalArgumentException("Kun H2 (jdbc:h2:) og PostgreSQL (jdbc:postgresql:) understøttes");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String toString() {
        return "StoreConfig[url=" + url + ", username=" + username + "]";
    }
}
