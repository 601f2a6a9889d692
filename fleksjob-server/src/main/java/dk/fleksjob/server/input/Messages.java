package dk.fleksjob.server.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Field problems in the reader's language. Messages of our own come from the message bundles; a rule's message is
 * Danish (the rules library speaks Danish), shown without the CLI's option hints, and put into English by the
 * pattern table {@code i18n/regler_en.tsv} when the reader asked for English.
 */
@Component
public class Messages {

    private static final Pattern CLI_HINT = Pattern.compile("\\s*\\(--[a-z-]+\\)");

    private final MessageSource bundle;
    private final List<Translation> english;

    record Translation(Pattern danish, String english) {
    }

    public Messages(MessageSource bundle) {
        this.bundle = bundle;
        this.english = loadTranslations();
    }

    public String get(String key, Locale locale, Object... args) {
        return bundle.getMessage(key, args, locale);
    }

    public List<FieldError> localize(List<BadInputException.Problem> problems, Locale locale) {
        List<FieldError> out = new ArrayList<>();
        for (BadInputException.Problem p : problems) {
            out.add(new FieldError(p.felt(), p.kode(), message(p, locale)));
        }
        return out;
    }

    private String message(BadInputException.Problem p, Locale locale) {
        if (p.ruleMessage() != null) {
            String danish = CLI_HINT.matcher(p.ruleMessage()).replaceAll("");
            return isEnglish(locale) ? toEnglish(danish) : capitalise(danish);
        }
        Object[] args = p.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s && s.startsWith("type.")) {
                args[i] = bundle.getMessage(s, null, locale);
            }
        }
        return bundle.getMessage("fejl." + p.kode(), args, locale);
    }

    /** A rule's Danish message in English, or the Danish message marked as such when no pattern matches. */
    public String toEnglish(String danish) {
        for (Translation t : english) {
            Matcher m = t.danish().matcher(danish);
            if (m.matches()) {
                return capitalise(m.replaceAll(t.english()));
            }
        }
        return "In Danish: " + capitalise(danish);
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + (s.endsWith(".") ? "" : ".");
    }

    private static List<Translation> loadTranslations() {
        try (InputStream in = Messages.class.getResourceAsStream("/i18n/regler_en.tsv")) {
            if (in == null) {
                return List.of();
            }
            List<Translation> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                out.add(new Translation(Pattern.compile(parts[0].strip()), parts[1].strip()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
