package dk.fleksjob.rules.fleksloentilskud.kontrol;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a statement check.
 *
 * @param felt       the field (as in the statement file)
 * @param betegnelse the line's Danish name
 * @param status     OK, AFVIGER or IKKE_OPLYST (the letter does not state it)
 * @param kommunen   the amount the letter states
 * @param reglerne   the amount the rules give
 * @param forskel    kommunen − reglerne (positive: the letter's amount is higher)
 * @param hjemmel    the paragraphs the line turns on
 * @param forklaring what the difference means and what may explain it, in Danish
 */
public record Kontrollinje(String felt, String betegnelse, Status status, BigDecimal kommunen, BigDecimal reglerne,
                           BigDecimal forskel, List<String> hjemmel, String forklaring) {

    public enum Status {
        OK,
        AFVIGER,
        IKKE_OPLYST
    }
}
