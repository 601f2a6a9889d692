package dk.fleksjob.rules.fleksloentilskud.maaned;

/**
 * Lønperiode — how the person is paid, which decides the hours limit for the full ATP contribution (BEK om
 * indbetaling af ATP-bidrag for modtagere af fleksløntilskud § 1, stk. 3: »mindre end 9 timer om ugen for uge- eller
 * 14-dages lønnede eller 39 timer om måneden for månedslønnede«).
 */
public enum Loenperiode {
    MAANED,
    UGE,
    FJORTEN_DAGE;

    public static Loenperiode parse(String code) {
        String c = code.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (c) {
            case "maaned", "måned" -> MAANED;
            case "uge" -> UGE;
            case "14dage", "14_dage", "fjorten_dage" -> FJORTEN_DAGE;
            default -> null;
        };
    }
}
