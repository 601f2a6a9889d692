package dk.fleksjob.server.sager;

import java.time.LocalDate;

/**
 * One upcoming deadline on a case, for the calendar and the iCalendar export.
 *
 * @param dato     the day
 * @param art      what it is (the message key {@code sager.frist.<art>} and a stable part of the iCalendar UID)
 * @param hjemmel  the paragraph it follows from
 * @param personId the case
 * @param navn     the person's name (never the CPR number)
 */
public record Frist(LocalDate dato, Art art, String hjemmel, long personId, String navn) {

    public enum Art {
        /** Opfølgning every 2½ years in the fleksjob (LAB § 121, stk. 1). */
        OPFOELGNING,
        /** Status after 4½ years in a temporary fleksjob (LAB § 121, stk. 3). */
        STATUS,
        /** The temporary grant ends: decide on a new one (LAB § 120, stk. 1; § 121, stk. 4). */
        BEVILLING_UDLOEBER,
        /** Ledighedsydelse for 12 of 18 months: reassess (LAS § 74 c). */
        REVURDERING,
        /** The reassessment must be finished (18 months, LAS § 74 c). */
        REVURDERING_SENEST,
        /** The folkepensionsalder is reached: the fleksjob ends the day before (LAB § 116). */
        FOLKEPENSION
    }
}
