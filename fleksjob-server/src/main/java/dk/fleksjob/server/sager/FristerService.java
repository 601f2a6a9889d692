package dk.fleksjob.server.sager;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.frister.Frister;
import dk.fleksjob.rules.frister.FristerRequest;
import dk.fleksjob.rules.frister.FristerResult;
import dk.fleksjob.rules.parameter.Rates;
import dk.fleksjob.store.Bevilling;
import dk.fleksjob.store.CaseBasics;
import dk.fleksjob.store.CaseFile;
import dk.fleksjob.store.Caseworker;
import dk.fleksjob.store.Employment;
import dk.fleksjob.store.Visitation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The deadlines across a caseworker's cases, from the rules library's {@link Frister} applied to what the store
 * knows of each case: the birth date (from the CPR number), the first visitation, the first day of the earliest
 * employment and whether it is the person's first fleksjob, and whether a grant is permanent. A grant's stored end
 * date is used as it stands.
 */
@Component
public class FristerService {

    private final SagerStore store;
    private final Rates rates = Rates.standard();

    public FristerService(SagerStore store) {
        this.store = store;
    }

    /**
     * The deadlines from {@code from} on, by date. The cases are read all at once ({@link
     * dk.fleksjob.store.Cases#caseBasics}): a jobcentre has thousands, and the deadlines need none of their payouts.
     */
    public List<Frist> upcoming(Caseworker who, LocalDate from) {
        List<Frist> all = new ArrayList<>();
        for (CaseBasics sag : store.get().cases().caseBasics(who)) {
            all.addAll(forCase(sag));
        }
        return all.stream().filter(f -> !f.dato().isBefore(from))
            .sorted(Comparator.comparing(Frist::dato).thenComparing(Frist::navn).thenComparing(Frist::art)).toList();
    }

    /** The deadlines of one case already read in full (the decision letter on a grant). */
    List<Frist> forCase(CaseFile sag) {
        return forCase(new CaseBasics(sag.person(), sag.visitationer(), sag.bevillinger(), sag.ansaettelser()));
    }

    List<Frist> forCase(CaseBasics sag) {
        long id = sag.person().id();
        String navn = sag.person().navn();
        LocalDate visitation = sag.visitationer().stream().map(Visitation::dato).min(LocalDate::compareTo).orElse(null);
        Employment earliest = sag.ansaettelser().stream()
            .min(Comparator.comparing((Employment e) -> e.terms().fra()).thenComparingLong(Employment::id)).orElse(null);
        LocalDate start = earliest == null ? null : earliest.terms().fra();
        boolean permanent = sag.bevillinger().stream().anyMatch(b -> b.type() == Bevilling.Type.PERMANENT);
        Boolean stated = earliest == null ? null : earliest.terms().foersteFleksjob();
        // Whether it is the person's first fleksjob, as the earliest employment states it. Not stated: a permanent
        // grant says it is not (a first fleksjob is always granted for 5 years, LAB § 120, stk. 1; a permanent one
        // comes after it, stk. 2); otherwise assume it is, the cautious reading: no permanent grant is suggested,
        // and the deadlines that rest on it say so.
        Boolean foerste = start == null ? null : stated != null ? stated : !permanent;
        Frist.Note assumed = start != null && stated == null && !permanent ? Frist.Note.FOERSTE_FLEKSJOB_ANTAGET : null;
        FristerResult r;
        try {
            r = Frister.calculate(new FristerRequest(sag.person().cpr().birthDate(), visitation, start, foerste,
                permanent, null, null, null, Map.of()), rates, false);
        } catch (InvalidInputException e) {
            return List.of();
        }
        List<Frist> out = new ArrayList<>();
        for (LocalDate d : r.opfoelgninger() == null ? List.<LocalDate>of() : r.opfoelgninger()) {
            out.add(new Frist(d, Frist.Art.OPFOELGNING, "LAB § 121, stk. 1", id, navn));
        }
        if (r.status4HalvtAar() != null && !permanent) {
            out.add(new Frist(r.status4HalvtAar(), Frist.Art.STATUS, "LAB § 121, stk. 3", id, navn, assumed));
        }
        for (Bevilling b : sag.bevillinger()) {
            if (b.type() == Bevilling.Type.MIDLERTIDIG && b.til() != null) {
                out.add(new Frist(b.til(), Frist.Art.BEVILLING_UDLOEBER, "LAB § 120, stk. 1, og § 121, stk. 4", id, navn,
                    assumed));
            }
        }
        // Only where the case says whether it is the first fleksjob: then the rules know when a permanent one is
        // possible (from the start of a later fleksjob at 40, or when a grant after the first begins at 40)
        if (stated != null && !permanent && r.permanentMuligFra() != null) {
            out.add(new Frist(r.permanentMuligFra(), Frist.Art.PERMANENT_MULIG, "LAB § 120, stk. 2", id, navn));
        }
        boolean inJob = sag.ansaettelser().stream().map(Employment::terms)
            .anyMatch(t -> t.til() == null || !t.til().isBefore(LocalDate.now(UdbetalingController.DENMARK)));
        if (!inJob && r.ledighedsydelseRevurdering() != null) {
            out.add(new Frist(r.ledighedsydelseRevurdering(), Frist.Art.REVURDERING, "LAS § 74 c", id, navn));
            if (r.ledighedsydelseRevurderingSenest() != null) {
                out.add(new Frist(r.ledighedsydelseRevurderingSenest(), Frist.Art.REVURDERING_SENEST, "LAS § 74 c", id,
                    navn));
            }
        }
        if (r.folkepensionsdato() != null) {
            out.add(new Frist(r.folkepensionsdato(), Frist.Art.FOLKEPENSION, "LAB § 116; lov om social pension § 1 a",
                id, navn));
        }
        return out;
    }
}
