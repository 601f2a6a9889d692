package dk.fleksjob.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * Udbetaling — one payout of fleksløntilskud for a person and month. Sequence 1 is the ordinary payout;
 * higher sequence numbers are efterreguleringer (difference payouts) that reference it.
 *
 * @param beregnetTilskud the month's whole subsidy (incl. ATP) as this row computed it
 * @param beregnetAtp     the month's whole ATP contribution as this row computed it
 * @param tilskud         this row's subsidy: the whole month (ordinary) or the difference to the row before
 * @param atp             this row's ATP contribution (same rule)
 * @param udbetalt        tilskud − atp: what this row pays (a negative difference is not collected: see status)
 * @param grundlag        the input as JSON: the employment, the income lines used, the request to the rules
 * @param regelversion    the rules version that computed it ({@code RulesVersion.current()})
 */
public record Payout(long id, long personId, YearMonth maaned, int loebenummer, Art art, Status status,
                     Long refererTil, BigDecimal beregnetTilskud, BigDecimal beregnetAtp, BigDecimal tilskud,
                     BigDecimal atp, BigDecimal udbetalt, String grundlagSha256, String grundlag, String regelversion,
                     Long koerselId, Instant oprettet, int version) {

    public enum Art {
        ORDINAER,
        EFTERREGULERING
    }

    public enum Status {
        /** To be paid. */
        UDBETALES,
        /** A negative difference: waits for a caseworker's decision (partshøring, FVL § 19); nothing is collected. */
        AFVENTER,
        /** A caseworker approved the pending difference. */
        GODKENDT,
        /** A caseworker decided not to collect the pending difference. */
        AFVIST
    }
}
