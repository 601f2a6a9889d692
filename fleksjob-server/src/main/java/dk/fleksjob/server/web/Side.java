package dk.fleksjob.server.web;

/**
 * The pages in the menu, in menu order. A page whose calculation is not in the rules library yet is
 * {@code ready = false} and shows "kommer snart" (see {@link KommerController}); when its calculation lands, add its
 * controller method and template, and set {@code ready} to true.
 */
public enum Side {
    FLEKSLOEN("/fleksloen", true),
    ARBEJDSGIVER("/arbejdsgiver", true),
    LEDIGHEDSYDELSE("/ledighedsydelse", true),
    FLEKSYDELSE("/fleksydelse", true),
    SELVSTAENDIGE("/selvstaendige", true),
    FRISTER("/frister", true),
    SATSER("/satser", true);

    private final String path;
    private final boolean ready;

    Side(String path, boolean ready) {
        this.path = path;
        this.ready = ready;
    }

    public String path() {
        return path;
    }

    public boolean ready() {
        return ready;
    }

    /** The message key prefix: side.fleksloen.navn, side.fleksloen.beskrivelse. */
    public String key() {
        return "side." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
