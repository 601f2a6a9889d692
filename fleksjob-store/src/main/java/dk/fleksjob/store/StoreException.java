package dk.fleksjob.store;

/**
 * A database error, with a message that never contains personal data: the driver's message is dropped when it
 * could quote a value (a unique key, a bad row), and any ten-digit run is masked.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(Redact.cpr(message));
    }

    public StoreException(String message, Throwable cause) {
        super(Redact.cpr(message), cause);
    }
}
