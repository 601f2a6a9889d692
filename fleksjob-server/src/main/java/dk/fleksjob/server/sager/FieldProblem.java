package dk.fleksjob.server.sager;

import dk.fleksjob.rules.InvalidInputException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.context.MessageSource;

/**
 * A field of a case form or a case API request that cannot be used, with its message as a key of the sager bundles
 * ({@code sager.felt.*}) and the key's arguments. The exception's message is the Danish text, read from
 * {@code i18n/sager.properties} (so the Danish text lives in one place), as the API and the log show it; a page shows
 * {@link #text(MessageSource, Locale)}, the text in the reader's language.
 */
final class FieldProblem extends InvalidInputException {

    private static final Locale DANISH = new Locale("da");
    private static final ResourceBundle DANISH_TEXTS = ResourceBundle.getBundle("i18n.sager", Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private final String key;
    private final transient Object[] args;

    FieldProblem(String field, String key, Object... args) {
        super(field, danish(key, args));
        this.key = key;
        this.args = args.clone();
    }

    String key() {
        return key;
    }

    /** The message in the reader's language, formatted as Spring's message source formats it. */
    String text(MessageSource messages, Locale locale) {
        return messages.getMessage(key, args.clone(), locale);
    }

    /** As Spring's message source: a text without arguments is used as it is, one with arguments is a MessageFormat. */
    private static String danish(String key, Object[] args) {
        String pattern = DANISH_TEXTS.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, DANISH).format(args);
    }
}
