package dk.fleksjob.store;

class CasesPostgresTest extends CasesContract {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.POSTGRES;
    }
}
