package dk.fleksjob.store;

import java.util.regex.Pattern;

/** Masks anything that looks like a CPR number in text bound for a log or an exception message. */
public final class Redact {

    private static final Pattern CPR = Pattern.compile("(?<!\\d)(\\d{6})-?\\d{4}(?!\\d)");

    private Redact() {
    }

    public static String cpr(String text) {
        return text == null ? null : CPR.matcher(text).replaceAll("$1-XXXX");
    }
}
