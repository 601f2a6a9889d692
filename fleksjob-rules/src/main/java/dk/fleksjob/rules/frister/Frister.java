package dk.fleksjob.rules.frister;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.rules.alder.Aldersgraense;
import dk.fleksjob.rules.alder.Fleksydelsesalder;
import dk.fleksjob.rules.alder.Folkepensionsalder;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.parameter.Rates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Frister i fleksjob — the deadlines of a fleksjob case: grant period, follow-ups, status, permanent grant, ages,
 * the fastholdelsesfleksjob age exception, the ledighedsydelse reassessment and the sanctions for refusing an offer.
 *
 * <p>Legal basis (LAB = LBK nr. 280 af 1/3/2024, read in the official text):
 * <ul>
 *   <li>LAB § 120, stk. 1: »Jobcenteret bevilger fleksjob for en periode af 5 år«; stk. 2: »For personer, der er
 *       fyldt 40 år, bevilger jobcenteret efter det første fleksjob et permanent fleksjob, hvis …«.</li>
 *   <li>LAB § 121, stk. 1: follow-up »efter 2½ år i fleksjobbet … Herefter skal der følges op, hver gang der er gået
 *       2½ år fra seneste opfølgning«; stk. 3: »status efter 4½ år« for a fleksjob under § 120, stk. 1.</li>
 *   <li>LAB § 119, stk. 1: the 12-month rule for a fleksjob at the current workplace applies to »En person, der har
 *       mere end 6 år til folkepensionsalderen«.</li>
 *   <li>LAS § 74 c (LBK nr. 1004/2025): reassessment after ledighedsydelse »i 12 måneder inden for 18 måneder«,
 *       finished »senest når pågældende har modtaget ledighedsydelse i 18 måneder«.</li>
 *   <li>LAS § 77 a: 3 weeks without ledighedsydelse after refusing a fleksjob offer (stk. 1); a second refusal
 *       within 12 months loses the right (stk. 4), regained after 9 months of fleksjob in 18 months (stk. 6).</li>
 *   <li>Lov om social pension § 1 a and lov om fleksydelse § 1 a via {@link Folkepensionsalder} and
 *       {@link Fleksydelsesalder}; LFY § 4, stk. 2: enrolment from »den 1. i måneden efter visitationen«.</li>
 * </ul>
 */
public final class Frister {

    /** The post-2013 rules apply to fleksjob started from this day (lov nr. 1380 af 23/12/2012). */
    public static final LocalDate NEW_SCHEME = LocalDate.of(2013, 1, 1);

    private Frister() {
    }

    public static FristerResult calculate(FristerRequest request) {
        return calculate(request, Rates.withOverrides(request.parametre()), true);
    }

    public static FristerResult calculate(FristerRequest r, Rates rates, boolean explain) {
        LocalDate birth = require(r.foedselsdato(), "foedselsdato", "angiv fødselsdatoen (ÅÅÅÅ-MM-DD)");
        Explainer ex = Explainer.of(explain, "Frister i dit fleksjob");
        Aldersgraense fp = Folkepensionsalder.forBirthDate(birth);
        Aldersgraense fy = Fleksydelsesalder.forBirthDate(birth);
        validate(r, birth, fp);
        ages(fp, fy, ex);
        LocalDate tilmelding = enrolment(r.visitationsdato(), ex);
        LocalDate[] fastholdelse = fastholdelse(fp, rates, ex);

        Grant g = r.startdato() == null ? Grant.NONE : grant(r, birth, fp, rates, ex);
        LocalDate[] ly = ledighedsydelse(r, rates, ex);
        Sanction s = sanctions(r, rates, ex);
        return new FristerResult(fp.tekst(), fp.dato(), fy.tekst(), fy.dato(), tilmelding, fastholdelse[0],
            fastholdelse[1], g.midlertidig, g.udloeber, g.opfoelgninger, g.status, g.permanentMulig,
            g.permanentMuligFra, ly[0], ly[1], s.fra, s.til, s.andetAfslagTil, s.retMistet, RulesVersion.current(),
            ex.build());
    }

    // ---- ages -------------------------------------------------------------------------------------------------

    private static void ages(Aldersgraense fp, Aldersgraense fy, Explainer ex) {
        var step = ex.step("folkepensionsdato", null, () -> fp.forklaring() + " Fleksjob er for personer under "
                + "folkepensionsalderen, så et fleksjob kan højst vare til og med " + DanishDates.format(fp.dato().minusDays(1))
                + ".")
            .law(fp.hjemmel(), LegalReference.of(Law.LAB, "116", 1))
            .input("foedselsdato", fp.foedselsdato());
        if (fp.flag() != null) {
            step.flag(fp.flag());
        }
        if (fp.note() != null) {
            step.child("folkepensionsforbehold", null, fp::note).law(LegalReference.of(Law.PENSION, "1 a", 2));
        }
        var fyStep = ex.step("fleksydelsesdato", null, () -> fy.forklaring()
                + (fy.note() == null ? "" : " " + fy.note()) + " Fleksydelse kræver desuden bl.a. 30 års bidrag "
                + "(lov om fleksydelse § 2).")
            .law(fy.hjemmel(), LegalReference.of(Law.LFY, "2", 1));
        if (fy.flag() != null) {
            fyStep.flag(fy.flag());
        }
    }

    private static LocalDate enrolment(LocalDate visitation, Explainer ex) {
        if (visitation == null) {
            return null;
        }
        LocalDate from = visitation.withDayOfMonth(1).plusMonths(1);
        ex.step("fleksydelseTilmeldingFra", null, () -> "Du blev visiteret til fleksjob " + DanishDates.format(visitation)
                + ". Kommunen melder dig til fleksydelsesordningen med virkning fra den 1. i måneden efter, dvs. "
                + DanishDates.format(from) + ", medmindre du siger nej tak.")
            .law(LegalReference.of(Law.LFY, "4", 2), LegalReference.of(Law.LFY, "5"))
            .input("visitationsdato", visitation);
        return from;
    }

    private static LocalDate[] fastholdelse(Aldersgraense fp, Rates rates, Explainer ex) {
        LegalReference legal = LegalReference.of(Law.LAB, "119", 1);
        LocalDate approx = fp.dato().minusYears(6);
        Varighed years = Varighed.of(rates, "visitation.fastholdelse_aar_til_folkepension", approx, legal);
        Varighed months = Varighed.of(rates, "visitation.fastholdelse_ansaettelse", approx, legal);
        // "mere end 6 år til folkepensionsalderen": on the day exactly 6 years remain, the rule no longer applies.
        LocalDate exceptionFrom = fp.dato().minusYears(years.antal());
        LocalDate ruleUntil = exceptionFrom.minusDays(1);
        var step = ex.step("fastholdelseUndtagelseFra", null, () -> "Fleksjob på din hidtidige arbejdsplads "
                + "(fastholdelsesfleksjob) kræver, at du forinden har været ansat der i mindst " + months.antal()
                + " måneder under overenskomstens sociale kapitler eller på særlige vilkår, så længe du har mere end "
                + years.antal() + " år til folkepensionsalderen, dvs. til og med " + DanishDates.format(ruleUntil)
                + ". Fra " + DanishDates.format(exceptionFrom) + " gælder kravet ikke.")
            .law(legal, LegalReference.of(Law.LAB, "119", 3))
            .param(years.value(), months.value());
        addFlag(step, years.flag());
        return new LocalDate[] {ruleUntil, exceptionFrom};
    }

    // ---- the grant --------------------------------------------------------------------------------------------

    private record Grant(Boolean midlertidig, LocalDate udloeber, List<LocalDate> opfoelgninger, LocalDate status,
                         Boolean permanentMulig, LocalDate permanentMuligFra) {
        static final Grant NONE = new Grant(null, null, null, null, null, null);
    }

    private static Grant grant(FristerRequest r, LocalDate birth, Aldersgraense fp, Rates rates, Explainer ex) {
        LocalDate start = r.startdato();
        boolean first = require(r.foersteFleksjob(), "foersteFleksjob",
            "angiv om det er dit første fleksjob (--foerste-fleksjob=true eller false)");
        boolean permanent = Boolean.TRUE.equals(r.permanentBevilget());
        LegalReference l120 = LegalReference.of(Law.LAB, "120", 1);
        LegalReference l120s2 = LegalReference.of(Law.LAB, "120", 2);
        LegalReference l121 = LegalReference.of(Law.LAB, "121", 1);
        Varighed period = Varighed.of(rates, "frister.bevillingsperiode", start, l120);
        Varighed interval = Varighed.of(rates, "frister.opfoelgningsinterval", start, l121);
        Varighed statusAfter = Varighed.of(rates, "frister.status_efter", start, LegalReference.of(Law.LAB, "121", 3));
        Varighed age = Varighed.of(rates, "frister.alder_permanent", start, l120s2);
        LocalDate fortyOn = birth.plusYears(age.antal());
        boolean fortyAtStart = !start.isBefore(fortyOn);
        boolean permanentMulig = !first && fortyAtStart;
        if (permanent && !permanentMulig) {
            throw new InvalidInputException("permanentBevilget", first
                ? "et første fleksjob bevilges altid for 5 år (LAB § 120, stk. 1); det kan ikke være permanent"
                : "et permanent fleksjob kræver, at du er fyldt " + age.antal() + " år (LAB § 120, stk. 2)");
        }
        LocalDate lastDayBeforePension = fp.dato().minusDays(1);

        LocalDate udloeber;
        LocalDate status = null;
        if (permanent) {
            udloeber = lastDayBeforePension;
            ex.step("bevillingUdloeber", null, () -> "Dit fleksjob er bevilget permanent. Det gælder, til du når "
                    + "folkepensionsalderen, dvs. til og med " + DanishDates.format(udloeber) + ".")
                .law(l120s2, LegalReference.of(Law.LAB, "116", 1)).input("permanentBevilget", true);
        } else {
            LocalDate fiveYears = periodEnd(start, period.antal());
            udloeber = min(fiveYears, lastDayBeforePension);
            var step = ex.step("bevillingUdloeber", null, () -> (first ? "Dit første fleksjob bevilges altid for "
                    : "Fleksjobbet er bevilget for ") + years(period.antal()) + " (midlertidigt fleksjob). Med start "
                    + DanishDates.format(start) + " løber bevillingen til og med " + DanishDates.format(udloeber)
                    + (udloeber.equals(fiveYears) ? "" : ", fordi du inden da når folkepensionsalderen")
                    + ". Derefter tager jobcentret stilling til, om du fortsat opfylder betingelserne for et nyt "
                    + "fleksjob, og du bliver i ordningen, indtil jobcentret har truffet afgørelse.")
                .law(l120, LegalReference.of(Law.LAB, "121", 4)).param(period.value())
                .input("startdato", start).input("foersteFleksjob", first)
                .flag(Flag.uafklaret("Loven siger ikke udtrykkeligt, om de " + years(period.antal()) + " regnes fra "
                    + "bevillingen (visitationen) eller fra ansættelsen. Vi regner fra din første dag i fleksjobbet, "
                    + "som giver den seneste dato.", l120));
            addFlag(step, period.flag());
            LocalDate statusDate = start.plusMonths(statusAfter.antal());
            if (statusDate.isBefore(fp.dato())) {
                status = statusDate;
                LocalDate st = status;
                ex.step("status4HalvtAar", null, () -> "Efter " + years(statusAfter.antal()) + " i fleksjobbet, "
                        + DanishDates.format(st) + ", skal jobcentret lave en status og vurdere, om du kan overgå til "
                        + "ordinær beskæftigelse eller skal blive i fleksjobordningen.")
                    .law(LegalReference.of(Law.LAB, "121", 3)).param(statusAfter.value());
            }
        }

        List<LocalDate> followUps = new ArrayList<>();
        for (LocalDate d = start.plusMonths(interval.antal()); d.isBefore(fp.dato()); d = d.plusMonths(interval.antal())) {
            followUps.add(d);
        }
        ex.step("opfoelgninger", null, () -> followUps.isEmpty()
                ? "Jobcentret følger op efter " + years(interval.antal()) + " i fleksjobbet, men du når "
                    + "folkepensionsalderen før da."
                : "Jobcentret følger op ved en personlig samtale efter " + years(interval.antal())
                    + " i fleksjobbet og derefter hver gang, der er gået " + years(interval.antal())
                    + " fra seneste opfølgning: " + followUps.stream().map(DanishDates::format)
                    .collect(Collectors.joining(", ")) + ". Datoerne forudsætter, at du bliver i fleksjob, og at "
                    + "hver opfølgning holdes på fristen; holdes den en anden dag, regnes den næste fra den dag.")
            .law(l121).param(interval.value());

        LocalDate permanentFrom = permanentMulig ? start : firstGrantBoundaryAtForty(start, period.antal(), fortyOn, fp.dato());
        String fortyText = DanishDates.format(fortyOn);
        ex.step("permanentMulig", null, () -> {
            if (first) {
                return "Det er dit første fleksjob, så det kan ikke bevilges permanent, uanset din alder. "
                    + (fortyAtStart ? "Du er fyldt " + age.antal() + " år, så " : "Du fylder " + age.antal() + " år "
                        + fortyText + ". ")
                    + (permanentFrom == null ? "Du når folkepensionsalderen, før et permanent fleksjob bliver muligt."
                        : (fortyAtStart ? "" : "Derfor ") + "kan jobcentret tidligst bevilge et permanent fleksjob, "
                            + "når den første bevilling udløber, fra " + DanishDates.format(permanentFrom)
                            + ", hvis du fortsat ikke kan arbejde på ordinære vilkår.");
            }
            if (permanentMulig) {
                return "Det er ikke dit første fleksjob, og du var fyldt " + age.antal() + " år (" + fortyText
                    + "), da fleksjobbet begyndte. Jobcentret skal derfor bevilge et permanent fleksjob, hvis det "
                    + "vurderer, at din arbejdsevne fortsat er så nedsat, at ordinær beskæftigelse ikke er en mulighed.";
            }
            return "Du var ikke fyldt " + age.antal() + " år, da fleksjobbet begyndte, så det bevilges for "
                + years(period.antal()) + " ad gangen. Du fylder " + age.antal() + " år " + fortyText + "; "
                + (permanentFrom == null ? "du når folkepensionsalderen, før et permanent fleksjob bliver muligt."
                    : "et permanent fleksjob er tidligst muligt, når en bevilling udløber efter det, fra "
                        + DanishDates.format(permanentFrom) + ".");
        })
            .law(l120s2).param(age.value())
            .flag(Flag.uafklaret("§ 120, stk. 2 siger »personer, der er fyldt 40 år«, men ikke på hvilket "
                + "tidspunkt. Vi bruger alderen på den dag, den nye bevilling begynder (ved udløbet af den forrige "
                + "bevilling). Fylder du 40 år før en afgørelse, der træffes senere, bør jobcentret bruge alderen på "
                + "afgørelsesdagen.", l120s2))
            .flag(Flag.skalAfklares("Et permanent fleksjob kræver jobcentrets vurdering af, at arbejdsevnen fortsat "
                + "er nedsat i et sådant omfang, at overgang til ordinær beskæftigelse ikke er en mulighed.", l120s2));
        return new Grant(!permanent, udloeber, List.copyOf(followUps), status, permanentMulig, permanentFrom);
    }

    /** The first day a new grant begins (start + k × period) on which the person is 40, before folkepension. */
    private static LocalDate firstGrantBoundaryAtForty(LocalDate start, int periodMonths, LocalDate fortyOn,
                                                       LocalDate pension) {
        for (int k = 1; ; k++) {
            LocalDate boundary = start.plusMonths((long) k * periodMonths);
            if (!boundary.isBefore(pension)) {
                return null;
            }
            if (!boundary.isBefore(fortyOn)) {
                return boundary;
            }
        }
    }

    // ---- ledighedsydelse ---------------------------------------------------------------------------------------

    private static LocalDate[] ledighedsydelse(FristerRequest r, Rates rates, Explainer ex) {
        LocalDate from = r.ledighedsydelseFra() != null ? r.ledighedsydelseFra() : r.visitationsdato();
        if (from == null) {
            return new LocalDate[] {null, null};
        }
        LegalReference l74c = LegalReference.of(Law.LAS, "74 c", 1);
        Varighed months = Varighed.of(rates, "frister.ledighedsydelse_revurdering", from, l74c);
        Varighed window = Varighed.of(rates, "frister.ledighedsydelse_revurdering_vindue", from, l74c);
        Varighed deadline = Varighed.of(rates, "frister.ledighedsydelse_revurdering_senest", from, l74c);
        LocalDate reached = from.plusMonths(months.antal());
        LocalDate finished = from.plusMonths(deadline.antal());
        if (r.startdato() != null && !r.startdato().isAfter(reached)) {
            ex.step("ledighedsydelseRevurdering", null, () -> "Du begyndte i fleksjob " + DanishDates.format(r.startdato())
                    + ", før du havde fået ledighedsydelse i " + months.antal() + " måneder (fra "
                    + DanishDates.format(from) + "), så revurderingen efter " + months.antal() + " måneder inden for "
                    + window.antal() + " måneder udløses ikke af denne periode.")
                .law(l74c).param(months.value(), window.value());
            return new LocalDate[] {null, null};
        }
        var step = ex.step("ledighedsydelseRevurdering", null, () -> "Har du fået ledighedsydelse uafbrudt fra "
                + DanishDates.format(from) + ", har du fået den i " + months.antal() + " måneder inden for "
                + window.antal() + " måneder " + DanishDates.format(reached) + ". Så skal kommunen vurdere, om du "
                + "fortsat opfylder betingelserne for fleksjob, og vurderingen skal være afsluttet senest, når du har "
                + "fået ledighedsydelse i " + deadline.antal() + " måneder: " + DanishDates.format(finished) + ".")
            .law(l74c, LegalReference.of(Law.LAS, "74 c", 3)).param(months.value(), window.value(), deadline.value())
            .input(r.ledighedsydelseFra() != null ? "ledighedsydelseFra" : "visitationsdato", from)
            .flag(Flag.skalAfklares("Datoerne forudsætter ledighedsydelse uden afbrydelse. Måneder med "
                + "ledighedsydelse under barsel eller sorgorlov tæller ikke med, og ved flytning kan den nye kommune "
                + "have op til 6 måneder efter flytningen.", l74c));
        addFlag(step, months.flag());
        return new LocalDate[] {reached, finished};
    }

    // ---- sanctions --------------------------------------------------------------------------------------------

    private record Sanction(LocalDate fra, LocalDate til, LocalDate andetAfslagTil, Boolean retMistet) {
    }

    private static Sanction sanctions(FristerRequest r, Rates rates, Explainer ex) {
        LocalDate refusal = r.afslagsdato();
        if (refusal == null) {
            if (r.tidligereAfslag() != null) {
                throw new InvalidInputException("afslagsdato", "angiv datoen for det seneste afslag sammen med det "
                    + "tidligere afslag");
            }
            return new Sanction(null, null, null, null);
        }
        LegalReference l77a1 = LegalReference.of(Law.LAS, "77 a", 1);
        LegalReference l77a4 = LegalReference.of(Law.LAS, "77 a", 4);
        Varighed weeks = Varighed.of(rates, "frister.karantaene", refusal, l77a1);
        Varighed window = Varighed.of(rates, "frister.fortabelse_periode", refusal, l77a4);
        Varighed regain = Varighed.of(rates, "frister.genoptjening_fleksjob", refusal, LegalReference.of(Law.LAS, "77 a", 6));
        Varighed regainWindow = Varighed.of(rates, "frister.genoptjening_vindue", refusal, LegalReference.of(Law.LAS, "77 a", 6));
        Flag goodReason = Flag.skalAfklares("Sanktionen gælder kun, hvis afslaget eller ophøret skete uden rimelig "
            + "grund (fx helbred eller pasning af børn). Det skal kommunen vurdere.", LegalReference.of(Law.LAS, "13", 7));

        LocalDate previous = r.tidligereAfslag();
        if (previous != null && !previous.isBefore(refusal)) {
            throw new InvalidInputException("tidligereAfslag", "det tidligere afslag skal ligge før afslagsdatoen");
        }
        if (previous != null && !refusal.isAfter(previous.plusMonths(window.antal()).minusDays(1))) {
            ex.step("retMistet", null, () -> "Du afviste eller ophørte også " + DanishDates.format(previous)
                    + ", og afslaget " + DanishDates.format(refusal) + " ligger inden for " + window.antal()
                    + " måneder derefter. Så mister du retten til ledighedsydelse. Du får den igen, når du har været "
                    + "ansat i fleksjob i " + regain.antal() + " måneder inden for de seneste " + regainWindow.antal()
                    + " måneder.")
                .law(l77a4, LegalReference.of(Law.LAS, "77 a", 6))
                .param(window.value(), regain.value(), regainWindow.value())
                .input("afslagsdato", refusal).input("tidligereAfslag", previous).flag(goodReason);
            return new Sanction(null, null, null, true);
        }
        LocalDate to = refusal.plusWeeks(weeks.antal()).minusDays(1);
        LocalDate secondUntil = refusal.plusMonths(window.antal()).minusDays(1);
        ex.step("karantaene", null, () -> "Afviser du uden rimelig grund et tilbud om fleksjob eller ophører i et "
                + "fleksjob, kan du ikke få ledighedsydelse i " + weeks.antal() + " uger: fra "
                + DanishDates.format(refusal) + " til og med " + DanishDates.format(to) + ". Sker det igen til og med "
                + DanishDates.format(secondUntil) + ", mister du retten til ledighedsydelse.")
            .law(l77a1, l77a4).param(weeks.value(), window.value()).input("afslagsdato", refusal)
            .flag(goodReason)
            .flag(Flag.uafklaret("Loven siger ikke, om de " + weeks.antal() + " uger og de " + window.antal()
                + " måneder regnes fra afslagsdagen eller dagen efter. Vi regner fra afslagsdagen, så perioderne "
                + "slutter tidligst muligt.", l77a1));
        return new Sanction(refusal, to, secondUntil, false);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static void validate(FristerRequest r, LocalDate birth, Aldersgraense fp) {
        check(r.visitationsdato(), "visitationsdato", birth, fp);
        check(r.ledighedsydelseFra(), "ledighedsydelseFra", birth, fp);
        check(r.afslagsdato(), "afslagsdato", birth, fp);
        check(r.tidligereAfslag(), "tidligereAfslag", birth, fp);
        check(r.startdato(), "startdato", birth, fp);
        if (r.startdato() != null && r.startdato().isBefore(NEW_SCHEME)) {
            throw new InvalidInputException("startdato", "fleksjob begyndt før 1. januar 2013 følger de gamle regler "
                + "uden tidsbegrænsning; frister her gælder fleksjob fra 2013");
        }
        if (r.startdato() != null && r.visitationsdato() != null && r.startdato().isBefore(r.visitationsdato())) {
            throw new InvalidInputException("startdato", "fleksjobbet kan ikke begynde før visitationen");
        }
        if (r.startdato() == null && r.permanentBevilget() != null && r.permanentBevilget()) {
            throw new InvalidInputException("startdato", "angiv startdatoen for det permanente fleksjob");
        }
    }

    private static void check(LocalDate d, String field, LocalDate birth, Aldersgraense fp) {
        if (d == null) {
            return;
        }
        if (!d.isAfter(birth)) {
            throw new InvalidInputException(field, "datoen skal ligge efter fødselsdatoen");
        }
        if (!d.isBefore(fp.dato())) {
            throw new InvalidInputException(field, "datoen ligger på eller efter din folkepensionsalder ("
                + DanishDates.format(fp.dato()) + "); fleksjob er for personer under folkepensionsalderen");
        }
    }

    private static void addFlag(dk.fleksjob.rules.explain.Explainer.StepBuilder step, Flag flag) {
        if (flag != null) {
            step.flag(flag);
        }
    }

    private static String years(int months) {
        int y = months / 12;
        int m = months % 12;
        if (m == 0) {
            return y + " år";
        }
        if (m == 6) {
            return y + "½ år";
        }
        return y + " år og " + m + " måneder";
    }

    /**
     * The last day of a period of whole months from {@code start}: the day before the same date. Where that date
     * does not exist (a start on 29 February, or the 31st), the period runs to the end of the shorter month, the
     * later of the two possible readings.
     */
    static LocalDate periodEnd(LocalDate start, int months) {
        LocalDate same = start.plusMonths(months);
        return same.getDayOfMonth() != start.getDayOfMonth() ? same : same.minusDays(1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static <T> T require(T value, String field, String message) {
        if (value == null) {
            throw new InvalidInputException(field, message);
        }
        return value;
    }
}
