package dk.fleksjob.server.sager;

import dk.fleksjob.store.FleksjobStore;
import dk.fleksjob.store.StoreConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The case store, opened once for the process from {@code StoreConfig.fromEnvironment(System.getenv())} (by default
 * the H2 file {@code ./data/fleksjob}; PostgreSQL with {@code SPRING_PROFILES_ACTIVE=postgres}, see the store's
 * README). It is opened (and migrated) on first use, so the calculators never create a database. Tests point it
 * elsewhere with the property {@code fleksjob.store.url}.
 */
@Component
public class SagerStore {

    private final StoreConfig config;
    private volatile FleksjobStore store;

    public SagerStore(@Value("${fleksjob.store.url:}") String url) {
        this.config = url.isBlank() ? StoreConfig.fromEnvironment(System.getenv()) : new StoreConfig(url, "sa", "");
    }

    public FleksjobStore get() {
        FleksjobStore s = store;
        if (s == null) {
            synchronized (this) {
                s = store;
                if (s == null) {
                    s = FleksjobStore.open(config);
                    store = s;
                }
            }
        }
        return s;
    }
}
