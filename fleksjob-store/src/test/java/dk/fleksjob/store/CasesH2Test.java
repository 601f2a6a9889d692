package dk.fleksjob.store;

class CasesH2Test extends CasesContract {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.H2;
    }
}
