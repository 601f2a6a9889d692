package dk.fleksjob.rules.visitation;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.rules.alder.Aldersgraense;
import dk.fleksjob.rules.alder.Folkepensionsalder;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Visitation til fleksjob — whether a person is in the target group for fleksjob, fastholdelsesfleksjob, the
 * isbryderordning and personlig assistance. Each answers ja / nej / kan ikke afgøres with reasons and §.
 *
 * <p>LAB § 116, stk. 1 (LBK nr. 280/2024): »Fleksjob er en ordning for personer, som ikke kan opnå eller fastholde
 * beskæftigelse på normale vilkår på arbejdsmarkedet, og som ikke modtager førtidspension eller seniorpension …, og
 * som ikke har udnyttet sin ret til tidlig pension, jf. § 26 g i lov om social pension, eller som er under
 * folkepensionsalderen … Det er en betingelse, at personen har varige og væsentlige begrænsninger i
 * arbejdsevnen.« Stk. 2: a very limited current arbejdsevne qualifies »hvis der er mulighed for, at deres arbejdsevne
 * inden for en rimelig periode kan udvikles«. Stk. 3 and § 118, stk. 2: everything relevant tried first, unless
 * obviously pointless; resources fully clarified. There is no minimum number of hours (Ankestyrelsen 25-14:
 * about 2 hours and about 40 minutes a week were enough where development could not be ruled out).
 *
 * <p>LAB § 119: »En person, der har mere end 6 år til folkepensionsalderen … kan kun blive ansat i et fleksjob på
 * den hidtidige arbejdsplads, hvis personen forinden har været ansat på arbejdspladsen i mindst 12 måneder under
 * overenskomstens sociale kapitler eller på særlige vilkår«; stk. 2 the written agreement; stk. 3: »Stk. 1 finder
 * ikke anvendelse, hvis den ansatte har været udsat for akut opstået skade eller sygdom og det er åbenbart
 * formålsløst at gennemføre foranstaltninger …«.
 *
 * <p>Judgements (lasting and substantial limitations, development within a reasonable period) are the caseworker's:
 * they are inputs, and a missing one gives »kan ikke afgøres« with a {@code skalAfklares} flag.
 */
public final class Visitation {

    private Visitation() {
    }

    public static VisitationResult calculate(VisitationRequest request) {
        return calculate(request, Rates.withOverrides(request.parametre()), true);
    }

    public static VisitationResult calculate(VisitationRequest r, Rates rates, boolean explain) {
        LocalDate birth = require(r.foedselsdato(), "foedselsdato");
        LocalDate day = require(r.vurderingsdato(), "vurderingsdato");
        if (!day.isAfter(birth)) {
            throw new InvalidInputException("vurderingsdato", "vurderingsdatoen skal ligge efter fødselsdatoen");
        }
        Explainer ex = Explainer.of(explain, "Visitation til fleksjob " + DanishDates.format(day));
        Aldersgraense fp = Folkepensionsalder.forBirthDate(birth);
        Vurdering personkreds = personkreds(r, day, fp);
        report(ex, "personkreds", personkreds);
        Vurdering fastholdelse = null;
        if (r.hidtidigArbejdsplads() != null && r.hidtidigArbejdsplads()) {
            fastholdelse = fastholdelse(r, day, fp, rates);
            report(ex, "fastholdelse", fastholdelse);
        }
        Vurdering isbryder = null;
        LocalDate senesteStart = null;
        LocalDate tilskudTil = null;
        if (asksIsbryder(r)) {
            LegalReference legal = LegalReference.text(Law.KOMPL, "KompL kap. 5 (isbryderordningen)");
            int startWithin = months(rates, "visitation.isbryder_start_inden", day, legal);
            int duration = months(rates, "visitation.isbryder_varighed", day, legal);
            if (r.uddannelseAfsluttet() != null) {
                senesteStart = r.uddannelseAfsluttet().plusMonths(startWithin);
            }
            if (r.ansaettelseStart() != null) {
                tilskudTil = r.ansaettelseStart().plusMonths(duration).minusDays(1);
            }
            isbryder = isbryder(r, rates, day, senesteStart, legal);
            report(ex, "isbryder", isbryder);
        }
        Vurdering assistance = null;
        BigDecimal hours = null;
        if (r.varigOgBetydeligFunktionsnedsaettelse() != null || r.behovForPersonligHjaelp() != null
            || r.arbejdstimerPrUge() != null) {
            LegalReference legal = LegalReference.text(Law.KOMPL, "KompL kap. 2 (personlig assistance)");
            ParameterValue max = rates.at("visitation.personlig_assistance_timer", clamp(rates,
                "visitation.personlig_assistance_timer", day));
            ParameterValue fullTime = rates.at("faelles.fuldtid_timer_pr_uge", clamp(rates, "faelles.fuldtid_timer_pr_uge", day));
            hours = max.vaerdi();
            assistance = personligAssistance(r, max, fullTime, legal);
            report(ex, "personligAssistance", assistance);
        }
        return new VisitationResult(personkreds, fastholdelse, isbryder, senesteStart, tilskudTil, assistance, hours,
            RulesVersion.current(), ex.build());
    }

    // ---- LAB §§ 116, 118 --------------------------------------------------------------------------------------

    static Vurdering personkreds(VisitationRequest r, LocalDate day, Aldersgraense fp) {
        LegalReference s116 = LegalReference.of(Law.LAB, "116", 1);
        LegalReference s116s2 = LegalReference.of(Law.LAB, "116", 2);
        LegalReference s116s3 = LegalReference.of(Law.LAB, "116", 3);
        Vurdering.Builder b = new Vurdering.Builder("Personkreds for fleksjob");
        boolean under = day.isBefore(fp.dato());
        b.condition(under ? Svar.JA : Svar.NEJ, under
            ? "Du er under folkepensionsalderen (" + fp.tekst() + ", som du når " + DanishDates.format(fp.dato()) + ")."
            : "Du har nået folkepensionsalderen (" + fp.tekst() + ", " + DanishDates.format(fp.dato())
                + "), og fleksjob er for personer under den.", s116);
        b.stated(r.modtagerFoertidspension(), false, "Du modtager ikke førtidspension.",
            "Du modtager førtidspension, og så kan du ikke visiteres til fleksjob.",
            "Det er ikke oplyst, om du modtager førtidspension.", s116);
        b.stated(r.modtagerSeniorpension(), false, "Du modtager ikke seniorpension.",
            "Du modtager seniorpension, og så kan du ikke visiteres til fleksjob.",
            "Det er ikke oplyst, om du modtager seniorpension.", s116);
        if (Boolean.TRUE.equals(r.udnyttetTidligPension())) {
            String text = "Du har udnyttet din ret til tidlig pension. Ifølge § 116, stk. 1 udelukker det fleksjob, "
                + "men lovteksten siger »… ikke har udnyttet sin ret til tidlig pension … eller som er under "
                + "folkepensionsalderen«, så det er uklart, om det alene udelukker dig, når du er under "
                + "folkepensionsalderen.";
            b.condition(Svar.KAN_IKKE_AFGOERES, text, s116)
                .flag(Flag.uafklaret("Ordlyden »eller« i LAB § 116, stk. 1 om tidlig pension; vi afviser ikke "
                    + "automatisk, men jobcentret skal tage stilling.", s116))
                .flag(Flag.skalAfklares("Tidlig pension og fleksjob: jobcentret skal vurdere sagen.",
                    LegalReference.of(Law.PENSION, "26 g")));
        } else {
            b.stated(r.udnyttetTidligPension(), false, "Du har ikke udnyttet din ret til tidlig pension.", "",
                "Det er ikke oplyst, om du har udnyttet din ret til tidlig pension.", s116);
        }
        b.stated(r.kanArbejdePaaNormaleVilkaar(), false,
            "Du kan ikke opnå eller fastholde beskæftigelse på normale vilkår.",
            "Du kan opnå eller fastholde beskæftigelse på normale vilkår, og så er fleksjob ikke for dig.",
            "Jobcentret skal vurdere, om du kan opnå eller fastholde beskæftigelse på normale vilkår.", s116);
        b.stated(r.varigeOgVaesentligeBegraensninger(), true,
            "Jobcentret har vurderet, at du har varige og væsentlige begrænsninger i arbejdsevnen.",
            "Jobcentret har vurderet, at begrænsningerne i din arbejdsevne ikke er både varige og væsentlige.",
            "Jobcentret skal vurdere, om du har varige og væsentlige begrænsninger i arbejdsevnen.", s116);
        developable(r, b, s116s2);
        if (Boolean.TRUE.equals(r.afproevningAabenbartFormaalsloes())) {
            b.condition(Svar.JA, "Det er åbenbart formålsløst at afprøve andre tilbud først, så det er ikke et krav.",
                s116s3);
        } else {
            b.stated(r.tilbudAfproevet(), true,
                "Alle relevante tilbud og andre foranstaltninger er afprøvet.",
                "Ikke alle relevante tilbud og foranstaltninger er afprøvet endnu; fleksjob kan først tilbydes, når "
                    + "de er, medmindre det er åbenbart formålsløst.",
                "Det er ikke oplyst, om alle relevante tilbud er afprøvet (eller om det er åbenbart formålsløst).",
                s116s3);
        }
        b.stated(r.ressourcerAfklaret(), true, "Dine ressourcer og udfordringer er fuldt afklarede.",
            "Dine ressourcer og udfordringer er endnu ikke fuldt afklarede.",
            "Det er ikke oplyst, om dine ressourcer og udfordringer er fuldt afklarede.",
            LegalReference.of(Law.LAB, "118", 2, 1));
        b.flag(Flag.skalAfklares("Afgørelsen træffes af jobcentret på grundlag af rehabiliteringsplanens forberedende "
            + "del. Afviser du operation, medicin eller lignende behandling, må det ikke tælle imod dig.",
            LegalReference.of(Law.LAB, "118", 1)));
        return b.build();
    }

    /** § 116, stk. 2, with Ankestyrelsen 25-14: no minimum hours; development must not be ruled out. */
    private static void developable(VisitationRequest r, Vurdering.Builder b, LegalReference s116s2) {
        LegalReference ast = LegalReference.text(Law.ANKESTYRELSEN, "Ankestyrelsens principafgørelse 25-14");
        String hours = r.effektiveTimerPrUge() == null ? "" : "Din effektive arbejdstid er "
            + hoursText(r.effektiveTimerPrUge()) + " om ugen. Der er ikke noget mindste antal timer for fleksjob. ";
        if (r.megetBegraensetArbejdsevne() == null || !r.megetBegraensetArbejdsevne()) {
            if (!hours.isEmpty()) {
                b.condition(Svar.JA, hours.trim(), ast);
            }
            return;
        }
        b.stated(r.udviklingKanIkkeUdelukkes(), true,
            hours + "Din arbejdsevne er aktuelt meget begrænset, men det kan ikke udelukkes, at den kan udvikles inden "
                + "for en rimelig periode, og så kan du visiteres til fleksjob.",
            hours + "Din arbejdsevne er aktuelt meget begrænset, og jobcentret har vurderet, at den ikke kan udvikles "
                + "inden for en rimelig periode.",
            hours + "Din arbejdsevne er aktuelt meget begrænset. Jobcentret skal vurdere, om den kan udvikles inden for "
                + "en rimelig periode (loven sætter ingen bestemt længde).", s116s2);
        b.condition(Svar.JA, "Ankestyrelsen har anerkendt fleksjob ved ca. 2 timer og ca. 40 minutter om ugen, "
            + "når udvikling ikke kunne udelukkes.", ast);
    }

    // ---- LAB § 119 ----------------------------------------------------------------------------------------------

    static Vurdering fastholdelse(VisitationRequest r, LocalDate day, Aldersgraense fp, Rates rates) {
        LegalReference s1 = LegalReference.of(Law.LAB, "119", 1);
        LegalReference s2 = LegalReference.of(Law.LAB, "119", 2);
        LegalReference s3 = LegalReference.of(Law.LAB, "119", 3);
        int years = whole(rates.at("visitation.fastholdelse_aar_til_folkepension", clamp(rates,
            "visitation.fastholdelse_aar_til_folkepension", day)));
        int months = whole(rates.at("visitation.fastholdelse_ansaettelse", clamp(rates,
            "visitation.fastholdelse_ansaettelse", day)));
        Vurdering.Builder b = new Vurdering.Builder("Fastholdelsesfleksjob på den hidtidige arbejdsplads");
        LocalDate exceptionFrom = fp.dato().minusYears(years);
        if (!day.isBefore(exceptionFrom)) {
            return b.condition(Svar.JA, "Du har højst " + years + " år til folkepensionsalderen (fra "
                + DanishDates.format(exceptionFrom) + "), så kravet om " + months + " måneders ansættelse under de "
                + "sociale kapitler gælder ikke. Du skal stadig opfylde betingelserne for fleksjob (§ 116).", s1).build();
        }
        if (Boolean.TRUE.equals(r.akutSkadeEllerSygdom())) {
            return b.stated(r.foranstaltningerAabenbartFormaalsloese(), true,
                "Du har været udsat for akut opstået skade eller sygdom, og det er åbenbart formålsløst at forsøge et "
                    + "job efter de sociale kapitler. Så gælder kravet om " + months + " måneder ikke.",
                "Du har været udsat for akut opstået skade eller sygdom, men jobcentret vurderer, at det ikke er "
                    + "åbenbart formålsløst at forsøge et job efter de sociale kapitler først.",
                "Du har været udsat for akut opstået skade eller sygdom. Jobcentret skal vurdere, om det er åbenbart "
                    + "formålsløst at forsøge et job efter de sociale kapitler; i så fald gælder kravet om "
                    + months + " måneder ikke.", s3).build();
        }
        Integer have = r.maanederUnderSocialeKapitler();
        if (have == null) {
            b.condition(Svar.KAN_IKKE_AFGOERES, "Det er ikke oplyst, hvor mange måneder du har været ansat under de "
                + "sociale kapitler eller på særlige vilkår. Kravet er mindst " + months + " måneder, fordi du har mere "
                + "end " + years + " år til folkepensionsalderen.", s1)
                .flag(Flag.skalAfklares("Oplys ansættelsen under de sociale kapitler (LAB § 119, stk. 1).", s1));
        } else if (have < 0) {
            throw new InvalidInputException("maanederUnderSocialeKapitler", "antallet af måneder kan ikke være negativt");
        } else {
            boolean enough = have >= months;
            b.condition(enough ? Svar.JA : Svar.NEJ, "Du har været ansat " + have + " måneder under de sociale kapitler "
                + "eller på særlige vilkår; kravet er mindst " + months + " måneder, fordi du har mere end " + years
                + " år til folkepensionsalderen" + (enough ? "." : ". Et fleksjob på den hidtidige arbejdsplads kan "
                    + "først bevilges, når kravet er opfyldt (eller ved akut skade eller sygdom, stk. 3)."), s1);
        }
        b.stated(r.skriftligAftale(), true,
            "Der er en skriftlig aftale om ansættelsen med de funktioner, du har svært ved, og de aftalte skånehensyn.",
            "Der mangler en skriftlig aftale med de funktioner, du har svært ved, og de aftalte skånehensyn.",
            "Det er ikke oplyst, om der er en skriftlig aftale med funktioner og skånehensyn.", s2);
        b.flag(Flag.skalAfklares("Arbejdsgiveren skal dokumentere et reelt forsøg på at etablere et vedvarende "
            + "ustøttet job efter de sociale kapitler eller på særlige vilkår.", s2));
        return b.build();
    }

    // ---- KompL --------------------------------------------------------------------------------------------------

    private static boolean asksIsbryder(VisitationRequest r) {
        return r.handicap() != null || r.uddannelseMaaneder() != null || r.uddannelseAfsluttet() != null
            || r.ansaettelseStart() != null || r.erhvervserfaringIFaget() != null
            || r.uddannelseGiverRetTilAkasse() != null;
    }

    static Vurdering isbryder(VisitationRequest r, Rates rates, LocalDate day, LocalDate senesteStart,
                              LegalReference legal) {
        int minEducation = months(rates, "visitation.isbryder_uddannelse", day, legal);
        Vurdering.Builder b = new Vurdering.Builder("Isbryderordning (løntilskud til nyuddannede med handicap)");
        b.stated(r.handicap(), true, "Du har et handicap.", "Ordningen er for nyuddannede med et handicap.",
            "Det er ikke oplyst, om du har et handicap.", legal);
        if (r.uddannelseMaaneder() == null) {
            b.condition(Svar.KAN_IKKE_AFGOERES, "Uddannelsens længde er ikke oplyst (mindst " + minEducation
                + " måneder).", legal);
        } else {
            boolean ok = r.uddannelseMaaneder() >= minEducation;
            b.condition(ok ? Svar.JA : Svar.NEJ, "Din uddannelse varede " + r.uddannelseMaaneder() + " måneder; "
                + "kravet er mindst " + minEducation + " måneder.", legal);
        }
        b.stated(r.uddannelseGiverRetTilAkasse(), true, "Uddannelsen giver ret til optagelse i en a-kasse.",
            "Uddannelsen skal give ret til optagelse i en a-kasse.",
            "Det er ikke oplyst, om uddannelsen giver ret til optagelse i en a-kasse.", legal);
        b.stated(r.erhvervserfaringIFaget(), false, "Du har ikke erhvervserfaring inden for uddannelsens fag.",
            "Du har allerede erhvervserfaring inden for uddannelsens fag.",
            "Det er ikke oplyst, om du har erhvervserfaring inden for faget.", legal);
        if (senesteStart == null || r.ansaettelseStart() == null) {
            b.condition(Svar.KAN_IKKE_AFGOERES, senesteStart == null ? "Datoen for endt uddannelse er ikke oplyst."
                : "Ansættelsen skal begynde senest " + DanishDates.format(senesteStart) + "; startdatoen er ikke oplyst.",
                legal);
        } else {
            boolean inTime = !r.ansaettelseStart().isAfter(senesteStart);
            b.condition(inTime ? Svar.JA : Svar.NEJ, "Ansættelsen skal begynde senest " + DanishDates.format(senesteStart)
                + " (2 år efter endt uddannelse); den begynder " + DanishDates.format(r.ansaettelseStart()) + ".", legal);
        }
        b.flag(Flag.uafklaret("Betingelserne er gengivet efter STAR's side om ordningen, ikke læst i lovteksten.", legal));
        return b.build();
    }

    static Vurdering personligAssistance(VisitationRequest r, ParameterValue max, ParameterValue fullTime,
                                         LegalReference legal) {
        Vurdering.Builder b = new Vurdering.Builder("Personlig assistance");
        b.stated(r.varigOgBetydeligFunktionsnedsaettelse(), true,
            "Du har en varig og betydelig fysisk eller psykisk funktionsnedsættelse.",
            "Personlig assistance kræver en varig og betydelig funktionsnedsættelse.",
            "Det er ikke oplyst, om du har en varig og betydelig funktionsnedsættelse.", legal);
        b.stated(r.behovForPersonligHjaelp(), true, "Du har brug for personlig hjælp til at udføre dit arbejde.",
            "Personlig assistance kræver, at du har brug for personlig hjælp til dit arbejde.",
            "Det er ikke oplyst, om du har brug for personlig hjælp til dit arbejde.", legal);
        String hoursNote = "Tilskuddet kan gives til op til " + Kroner.plain(max.vaerdi()) + " timer om ugen ved "
            + Kroner.plain(fullTime.vaerdi()) + " timers arbejde; flere timer efter en konkret vurdering.";
        if (r.arbejdstimerPrUge() != null && r.arbejdstimerPrUge().compareTo(fullTime.vaerdi()) < 0) {
            BigDecimal prorated = max.vaerdi().multiply(r.arbejdstimerPrUge()).divide(fullTime.vaerdi(), 2,
                RoundingMode.HALF_UP);
            hoursNote += " Du arbejder " + hoursText(r.arbejdstimerPrUge()) + " om ugen. Forholdsmæssigt ville det være "
                + Kroner.plain(prorated) + " timer, men vi nedsætter ikke timetallet, fordi reglen om nedsættelse "
                + "ved deltid ikke er fundet.";
            b.flag(Flag.uafklaret("Om de " + Kroner.plain(max.vaerdi()) + " timer nedsættes forholdsmæssigt ved deltid, "
                + "står ikke i de kilder, vi har læst (»som udgangspunkt«). Vi viser det fulde timetal.", legal));
        }
        b.condition(Svar.JA, hoursNote, legal);
        b.flag(Flag.skalAfklares("Der skal fortsat være et væsentligt selvstændigt arbejdsindhold; assistenten må "
            + "ikke overtage jobbets kernefunktioner.", legal));
        return b.build();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static void report(Explainer ex, String id, Vurdering v) {
        var step = ex.step(id, null, () -> v.emne() + ": " + v.svar().danish() + ".");
        step.law(v.hjemmel().toArray(LegalReference[]::new));
        for (String reason : v.begrundelser()) {
            step.child(id + "Begrundelse", null, () -> reason);
        }
        v.flag().forEach(step::flag);
    }

    private static LocalDate clamp(Rates rates, String id, LocalDate day) {
        var p = rates.catalog().get(id);
        if (day.isAfter(p.daekketTil())) {
            return p.daekketTil();
        }
        return day.isBefore(p.daekketFra()) ? p.daekketFra() : day;
    }

    private static int months(Rates rates, String id, LocalDate day, LegalReference legal) {
        return whole(rates.at(id, clamp(rates, id, day)));
    }

    private static int whole(ParameterValue v) {
        try {
            return v.vaerdi().intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException("parameter", v.id() + " skal være et helt tal");
        }
    }

    private static String hoursText(BigDecimal h) {
        BigDecimal whole = h.setScale(0, RoundingMode.DOWN);
        int minutes = h.subtract(whole).multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValue();
        if (whole.signum() == 0) {
            return minutes + " minutter";
        }
        return whole.toPlainString() + (whole.intValue() == 1 ? " time" : " timer")
            + (minutes == 0 ? "" : " og " + minutes + " minutter");
    }

    private static <T> T require(T v, String field) {
        if (v == null) {
            throw new InvalidInputException(field, "mangler");
        }
        return v;
    }
}
