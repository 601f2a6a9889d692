package dk.fleksjob.store;

/**
 * Optimistic locking: the record was changed by someone else since it was read. Nothing was written; the caller
 * reloads, shows the other person's change, and lets the caseworker decide.
 */
public class ConcurrentChangeException extends RuntimeException {

    private final String table;
    private final long id;

    public ConcurrentChangeException(String table, long id) {
        super("Sagen er ændret af en anden, siden du åbnede den (" + table + " " + id + "). Genindlæs og prøv igen.");
        this.table = table;
        this.id = id;
    }

    public String table() {
        return table;
    }

    public long id() {
        return id;
    }
}
