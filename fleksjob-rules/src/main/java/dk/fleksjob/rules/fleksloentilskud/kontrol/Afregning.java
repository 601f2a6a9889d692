package dk.fleksjob.rules.fleksloentilskud.kontrol;

import dk.fleksjob.rules.fleksloentilskud.maaned.JsonFil;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;

/**
 * Afregning — the amounts a kommune's letter (afgørelse or udbetalingsspecifikation) states for one fleksløntilskud
 * month. Every amount is optional: give the ones the letter shows.
 *
 * @param maaned             the month the subsidy is for
 * @param samletLoenindtaegt the income the kommune deducted for (30 / 55 pct.)
 * @param fradrag30          the 30 pct. deduction
 * @param fradrag55          the 55 pct. deduction
 * @param fuldtFradrag       sygedagpenge / barselsdagpenge deducted in full
 * @param samletFradrag      all deductions for income together
 * @param loenloft           the lønloft used
 * @param loenloftFradrag    the reduction for the lønloft
 * @param fleksloentilskud   the subsidy before ATP
 * @param atpBidrag          the person's ATP contribution withheld
 * @param udbetaltTilskud    the amount paid out
 * @param atpTilskudstimer   the state's ATP contribution for the subsidised hours
 */
public record Afregning(YearMonth maaned, BigDecimal samletLoenindtaegt, BigDecimal fradrag30, BigDecimal fradrag55,
                        BigDecimal fuldtFradrag, BigDecimal samletFradrag, BigDecimal loenloft,
                        BigDecimal loenloftFradrag, BigDecimal fleksloentilskud, BigDecimal atpBidrag,
                        BigDecimal udbetaltTilskud, BigDecimal atpTilskudstimer) {

    private static final Set<String> FIELDS = Set.of("$schema", "beskrivelse", "kilde", "maaned",
        "samletLoenindtaegt", "fradrag30", "fradrag55", "fuldtFradrag", "samletFradrag", "loenloft", "loenloftFradrag",
        "fleksloentilskud", "atpBidrag", "udbetaltTilskud", "atpTilskudstimer");

    /** Reads a statement file (see {@code docs/maaned/afregning.schema.json}). */
    public static Afregning read(String text) {
        return read(JsonFil.parse(text));
    }

    /** Reads a statement object, e.g. a field of a larger request (field paths then start with its path). */
    public static Afregning read(JsonFil.Obj o) {
        o.only(FIELDS);
        return new Afregning(o.month("maaned"), o.amount("samletLoenindtaegt"), o.amount("fradrag30"),
            o.amount("fradrag55"), o.amount("fuldtFradrag"), o.amount("samletFradrag"), o.amount("loenloft"),
            o.amount("loenloftFradrag"), o.amount("fleksloentilskud"), o.amount("atpBidrag"),
            o.amount("udbetaltTilskud"), o.amount("atpTilskudstimer"));
    }
}
