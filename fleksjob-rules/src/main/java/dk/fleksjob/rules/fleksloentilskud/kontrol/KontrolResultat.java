package dk.fleksjob.rules.fleksloentilskud.kontrol;

import dk.fleksjob.rules.fleksloentilskud.maaned.MaanedResultat;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The check of a kommune's statement against the rules.
 *
 * @param maaned       the subsidy month
 * @param afvigelser   the number of lines that differ
 * @param linjer       line by line
 * @param forskelUdbetalt the letter's payout minus the rules' payout (negative: you may have got too little)
 * @param konklusion   a summary in Danish
 * @param tolerance    differences up to this amount are treated as rounding
 * @param beregning    the rules' calculation with its full explanation
 */
public record KontrolResultat(YearMonth maaned, int afvigelser, List<Kontrollinje> linjer, BigDecimal forskelUdbetalt,
                              String konklusion, BigDecimal tolerance, MaanedResultat beregning) {
}
