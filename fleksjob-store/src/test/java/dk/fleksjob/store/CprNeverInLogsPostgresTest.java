package dk.fleksjob.store;

class CprNeverInLogsPostgresTest extends CprNeverInLogsContract {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.POSTGRES;
    }
}
