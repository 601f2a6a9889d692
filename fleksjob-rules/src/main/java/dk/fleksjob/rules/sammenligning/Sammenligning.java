package dk.fleksjob.rules.sammenligning;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudRequest;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudResult;
import dk.fleksjob.rules.fleksloentilskud.Maanedsloen;
import dk.fleksjob.rules.gammelordning.Broek;
import dk.fleksjob.rules.gammelordning.GammelOrdning;
import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;

/**
 * Sammenligning af gammel og ny fleksjobordning — the same hours and hourly wage under the pre-2013 scheme and the
 * scheme from 2013.
 *
 * <p>New scheme (LAB §§ 122–123): the employer pays only for the work done (hours × intensity); the person gets
 * fleksløntilskud from the municipality, calculated by {@link Fleksloentilskud#calculate}. Old scheme (LAB § 133):
 * the employer pays the full wage for the hours (stk. 1) and gets ½ or ⅔ of it refunded, capped (stk. 2–3); the
 * person gets only the wage.
 *
 * <p>Assumptions (each flagged in the explanation): the old scheme's fraction is 2/3 unless given; the old
 * scheme's wage is the agreed hourly wage for all hours at the workplace (intensity plays no part there); the
 * new scheme's lønloft is the hourly wage × 37 hours; both use the month's rates, although nobody can start a new
 * old-scheme job after 2012.
 */
public final class Sammenligning {

    private Sammenligning() {
    }

    public static SammenligningResult calculate(SammenligningRequest r) {
        return calculate(r, Rates.withOverrides(r.parametre()), true);
    }

    public static SammenligningResult calculate(SammenligningRequest r, Rates rates, boolean explain) {
        if (r.maaned() == null) {
            throw new InvalidInputException("maaned", "angiv måneden (ÅÅÅÅ-MM)");
        }
        if (r.timeloen() == null) {
            throw new InvalidInputException("timeloen", "angiv timelønnen inkl. pension");
        }
        if (r.timer() == null) {
            throw new InvalidInputException("timer", "angiv timer pr. uge");
        }
        Broek brok = r.brok() == null ? Broek.TO_TREDJEDELE : r.brok();
        Explainer ex = Explainer.of(explain, "Gammel og ny fleksjobordning, " + DanishDates.format(r.maaned()));

        FleksloentilskudResult ny = Fleksloentilskud.calculate(new FleksloentilskudRequest(r.maaned(), r.timeloen(),
            r.timer(), r.intensitet(), null, null, null, r.parametre()), rates, false);
        SammenligningResult.Ordning nyOrdning = new SammenligningResult.Ordning(ny.maanedsloen(), ny.fleksloentilskud(),
            ny.maanedsloen(), ny.samletIndkomst());
        ex.step("ny", ny.samletIndkomst(), () -> "Ny ordning (fra 2013): arbejdsgiveren betaler løn for det udførte "
                + "arbejde, " + Kroner.format(ny.maanedsloen()) + " (" + Kroner.plain(ny.effektiveTimer())
                + " effektive timer). Du får " + Kroner.format(ny.fleksloentilskud()) + " i fleksløntilskud fra "
                + "kommunen og har i alt " + Kroner.format(ny.samletIndkomst()) + " før skat.")
            .law(LegalReference.of(Law.LAB, "122"), LegalReference.of(Law.LAB, "123", 2))
            .flag(Flag.skalAfklares("Lønloftet er sat til timelønnen × 37 timer; arbejdsgiveren oplyser den rigtige "
                + "fuldtidsløn.", LegalReference.of(Law.LAB, "123", 3)));

        BigDecimal oldWage = Maanedsloen.fromHourly(r.timeloen(), r.timer());
        BigDecimal oldTilskud = GammelOrdning.monthlyForHours(brok, r.timeloen(), r.timer(),
            r.maaned().atEndOfMonth(), rates);
        BigDecimal oldCost = Kroner.toOere(oldWage.subtract(oldTilskud));
        SammenligningResult.Ordning gammel = new SammenligningResult.Ordning(oldWage, oldTilskud, oldCost, oldWage);
        var old = ex.step("gammel", oldWage, () -> "Gammel ordning (før 2013): arbejdsgiveren betaler den fulde løn "
                + "for " + Kroner.plain(r.timer()) + " timer, " + Kroner.format(oldWage) + ", og får " + brok.danish()
                + " (" + brok.code() + ") refunderet med loft: " + Kroner.format(oldTilskud)
                + ". Arbejdsgiverens udgift er " + Kroner.format(oldCost) + "; din indkomst er lønnen "
                + Kroner.format(oldWage) + " før skat.")
            .law(LegalReference.of(Law.LAB, "133", 1), LegalReference.of(Law.LAB, "133", 2),
                LegalReference.of(Law.LAB, "133", 3))
            .flag(Flag.skalAfklares("I den gamle ordning er lønnen her timelønnen for alle timer på arbejdspladsen; "
                + "arbejdsintensiteten indgår ikke.", LegalReference.of(Law.LAB, "133", 1)));
        if (r.brok() == null) {
            old.flag(Flag.skalAfklares("Brøken er ikke oplyst; vi antager 2/3. Kommunen fastsætter ½ eller ⅔ efter "
                + "graden af nedsat arbejdsevne.", LegalReference.of(Law.LAB, "133", 2)));
        }
        BigDecimal diffIncome = Kroner.toOere(ny.samletIndkomst().subtract(oldWage));
        BigDecimal diffCost = Kroner.toOere(ny.maanedsloen().subtract(oldCost));
        ex.step("forskel", diffIncome, () -> "Forskel: din indkomst er " + Kroner.format(diffIncome.abs())
                + (diffIncome.signum() >= 0 ? " højere" : " lavere") + " i den nye ordning, og arbejdsgiverens udgift er "
                + Kroner.format(diffCost.abs()) + (diffCost.signum() >= 0 ? " højere" : " lavere") + ".");
        return new SammenligningResult(r.maaned(), brok.code(), r.brok() == null, nyOrdning, gammel,
            RulesVersion.current(), ex.build());
    }
}
