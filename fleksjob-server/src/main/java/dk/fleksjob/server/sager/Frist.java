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
 * @param note     what the deadline assumes, or null (the message key {@code sager.frist.note.<note>})
 */
public record Frist(LocalDate dato, Art art, String hjemmel, long personId, String navn, Note note) {

    public Frist(LocalDate dato, Art art, String hjemmel, long personId, String navn) {
        this(dato, art, hjemmel, personId, navn, null);
    }

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
        FOLKEPENSION,
        /**
         * A permanent fleksjob may be granted from this day (LAB § 120, stk. 2: aged 40 and after the first
         * fleksjob); only where the case states whether it is the first fleksjob.
         */
        PERMANENT_MULIG
    }

    public enum Note {
        /**
         * The case does not state whether it is the person's first fleksjob: the deadline assumes it is (a 5-year
         * grant, LAB § 120, stk. 1), and no permanent fleksjob (§ 120, stk. 2) is suggested.
         */
        FOERSTE_FLEKSJOB_ANTAGET
    }
}
