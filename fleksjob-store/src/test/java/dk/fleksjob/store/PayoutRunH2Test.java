package dk.fleksjob.store;

class PayoutRunH2Test extends PayoutRunContract {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.H2;
    }
}
