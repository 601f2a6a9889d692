package dk.fleksjob.store;

class PayoutRunPostgresTest extends PayoutRunContract {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.POSTGRES;
    }
}
