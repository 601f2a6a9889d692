package dk.fleksjob.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class PayoutRunH2Test extends PayoutRunContract {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.H2;
    }

    /**
     * The unusual-change check reads the month before's subsidies from the index of V9 alone (db/vendor/h2), not
     * every payout row with its input and explanation (docs/benchmarks.md, "Store").
     */
    @Test
    void monthBeforeSubsidiesAreReadFromTheIndexAlone() throws Exception {
        DataSource ds = TestDatabases.fresh(TestDatabases.Kind.H2);
        FleksjobStore.migrate(ds);
        try (Connection c = ds.getConnection();
             PreparedStatement explain = c.prepareStatement("explain " + PayoutRun.subsidiesOfMonth(""))) {
            explain.setString(1, "2024-05");
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                assertThat(plan.getString(1)).contains("IX_UDBETALING_TILSKUD").doesNotContain("tableScan");
            }
        }
    }
}
