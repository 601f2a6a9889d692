package dk.fleksjob.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The case store: one object over a {@link DataSource}, migrated by Flyway when opened. Plain JDBC, no framework:
 * the server passes its pooled DataSource; the CLI and tests use {@link StoreConfig#dataSource()}.
 *
 * <pre>
 * FleksjobStore store = FleksjobStore.open(StoreConfig.fromEnvironment(System.getenv()));
 * store.cases().createPerson(caseworker, "0101901234", "Navn");
 * store.payoutRun().run(Caseworker.system("cli"), YearMonth.of(2025, 3), Path.of("indkomst.csv"));
 * </pre>
 */
public final class FleksjobStore {

    private final Db db;
    private final Clock clock;
    private final AuditLog audit;
    private final Cases cases;

    private FleksjobStore(DataSource dataSource, Clock clock) {
        this.db = new Db(dataSource);
        this.clock = clock;
        this.audit = new AuditLog(db, clock);
        this.cases = new Cases(db, audit, clock);
    }

    public static FleksjobStore open(StoreConfig config) {
        return open(config.dataSource(), Clock.systemUTC());
    }

    /** Migrates the database to the newest schema and opens the store on it. */
    public static FleksjobStore open(DataSource dataSource, Clock clock) {
        migrate(dataSource);
        return new FleksjobStore(Objects.requireNonNull(dataSource), clock);
    }

    /**
     * Where the migrations are: the standard SQL that runs unchanged on both databases, and the few that cannot
     * ({@code V2__audit_append_only}: a trigger is written differently in H2 and PostgreSQL). {@code {vendor}} is
     * the database's id, {@code h2} or {@code postgresql}, as Spring Boot's {@code spring.flyway.locations}
     * replaces it; Flyway itself does not, so {@link #migrate} does. The version numbers are shared: each version
     * exists once per database.
     */
    public static final String[] MIGRATION_LOCATIONS = {"classpath:db/migration", "classpath:db/vendor/{vendor}"};

    /** Flyway migrations from {@link #MIGRATION_LOCATIONS} (the server may call this itself, or let Spring). */
    public static void migrate(DataSource dataSource) {
        String vendor = vendor(dataSource);
        String[] locations = Arrays.stream(MIGRATION_LOCATIONS).map(l -> l.replace("{vendor}", vendor))
            .toArray(String[]::new);
        Flyway.configure().dataSource(dataSource).locations(locations).load().migrate();
    }

    /** The database's id in the migration locations: {@code h2} or {@code postgresql} (the only two supported). */
    static String vendor(DataSource dataSource) {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw Db.translate(e);
        }
        return switch (product) {
            case "H2" -> "h2";
            case "PostgreSQL" -> "postgresql";
            default -> throw new StoreException("Kun H2 og PostgreSQL understøttes, ikke " + product);
        };
    }

    public Cases cases() {
        return cases;
    }

    public AuditLog audit() {
        return audit;
    }

    public PayoutRun payoutRun() {
        return new PayoutRun(db, audit, clock, PayoutRun.Options.defaults());
    }

    public PayoutRun payoutRun(PayoutRun.Options options) {
        return new PayoutRun(db, audit, clock, options);
    }

    public DataSource dataSource() {
        return db.dataSource();
    }
}
