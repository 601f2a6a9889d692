package dk.fleksjob.store;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A point "skal afklares": something the payout run (or a rule) cannot decide, with the paragraph it turns on and
 * the reason, for a caseworker to decide. The run never stops or lowers a payment instead.
 *
 * @param loebenummer the payout (person, month, sequence) it was raised with, or null
 * @param kode        a stable code, e.g. MANGLENDE_INDKOMST
 * @param hjemmel     the paragraph, as text ("BEK om fleksløntilskud § 4, stk. 2")
 * @param tekst       the reason, in Danish
 */
public record CaseFlag(long id, long personId, YearMonth maaned, Integer loebenummer, String kode, String hjemmel,
                       String tekst, Status status, Instant oprettet, String afklaretAf, Instant afklaret,
                       String afklaring, int version) {

    public enum Status {
        AABEN,
        AFKLARET
    }
}
