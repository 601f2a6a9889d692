package dk.fleksjob.store;

/**
 * A line in a caseworker's list of cases: the CPR number masked (DDMMYY-XXXX), never in full.
 *
 * @param id         the person's id
 * @param cprMasked  DDMMYY-XXXX
 * @param navn       the name
 * @param openFlags  how many points wait for a caseworker ("skal afklares")
 */
public record PersonSummary(long id, String jobcenter, String cprMasked, String navn, int openFlags) {
}
