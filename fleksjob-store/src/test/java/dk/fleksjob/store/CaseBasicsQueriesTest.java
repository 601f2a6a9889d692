package dk.fleksjob.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The deadline calendar's read of a jobcentre's cases ({@link Cases#caseBasics}) costs the same few statements for 3
 * cases as for 30 — not a case file per case — and a single row of a case costs one statement, not a case file.
 */
class CaseBasicsQueriesTest {

    private final AtomicInteger statements = new AtomicInteger();
    private final FleksjobStore store = FleksjobStore.open(counting(TestDatabases.fresh(TestDatabases.Kind.H2)),
        Clock.systemUTC());

    @Test
    void theCasesOfAJobcentreAreReadInFourQueriesHoweverManyThereAre() {
        for (int i = 0; i < 3; i++) {
            Fixture.person(store, "01019001" + (10 + i));
        }
        assertThat(statementsFor(() -> store.cases().caseBasics(Fixture.CASEWORKER))).isEqualTo(4);
        for (int i = 3; i < 30; i++) {
            Fixture.person(store, "01019001" + (10 + i));
        }
        assertThat(store.cases().caseBasics(Fixture.CASEWORKER)).hasSize(30);
        assertThat(statementsFor(() -> store.cases().caseBasics(Fixture.CASEWORKER))).isEqualTo(4);
    }

    @Test
    void oneRowOfACaseIsOneQuery() {
        Person p = Fixture.person(store, "0101900110");
        long grant = store.cases().caseFile(Fixture.CASEWORKER, p.id()).bevillinger().get(0).id();
        assertThat(statementsFor(() -> store.cases().bevilling(Fixture.CASEWORKER, p.id(), grant))).isEqualTo(1);
    }

    private int statementsFor(Runnable read) {
        statements.set(0);
        read.run();
        return statements.get();
    }

    /** The data source, counting the statements its connections prepare or create. */
    private DataSource counting(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
                Object result = invoke(real, method, args);
                return result instanceof Connection c ? counting(c) : result;
            });
    }

    private Connection counting(Connection real) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
                if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")) {
                    statements.incrementAndGet();
                }
                return invoke(real, method, args);
            });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
