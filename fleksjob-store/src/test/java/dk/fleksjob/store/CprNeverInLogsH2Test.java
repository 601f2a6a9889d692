package dk.fleksjob.store;

class CprNeverInLogsH2Test extends CprNeverInLogsContract {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.H2;
    }
}
