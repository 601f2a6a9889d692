package dk.fleksjob.rules.parameter;

import java.util.Objects;

/** Where a figure is printed: a title and a URL. */
public record Source(String titel, String url) {
    public Source {
        Objects.requireNonNull(titel, "titel");
        Objects.requireNonNull(url, "url");
    }
}
