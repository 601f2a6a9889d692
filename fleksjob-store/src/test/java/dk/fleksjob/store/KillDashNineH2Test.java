package dk.fleksjob.store;

/** The fault test on an H2 file database (the default store). */
class KillDashNineH2Test extends KillDashNineContract {
    @Override
    String[] freshDatabase(String name) {
        return new String[] {"jdbc:h2:file:" + path(dir.resolve(name)), "sa", ""};
    }
}
