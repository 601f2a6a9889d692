package dk.fleksjob.store;

import java.time.Clock;
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

    /** Flyway migrations from {@code classpath:db/migration} (the server may call this itself, or let Spring). */
    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
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
