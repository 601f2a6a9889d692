package dk.fleksjob.rules.selvstaendige;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Provenance;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Tilskud til selvstændigt erhvervsdrivende med nedsat arbejdsevne — the yearly subsidy for a self-employed person
 * whose working capacity is lastingly and substantially reduced (from 1 January 2013).
 *
 * <p>Legal basis: LAB § 126 (§ 70 g before 2020) and the bekendtgørelse om tilskud til selvstændigt
 * erhvervsdrivende (BEK nr. 1794 af 29/12/2025 § 8; BEK nr. 22/2013 § 7): »Tilskuddet udgør et grundbeløb på
 * 169.920 kr. (2026 niveau) pr. år. Grundbeløbet nedsættes med 30 procent dels af en beregnet årsindtægt i
 * virksomheden/flere sammenhængende virksomheder, dels af anden arbejdsindkomst i beregningsperioden.« There is no
 * 55 pct. step. »Tilskuddet beregnes én gang årligt og er gældende for et kalenderår ad gangen« (§ 8, stk. 2);
 * »Kommunen udbetaler månedligt 1/12 af tilskuddet« (§ 7). A negative yearly income counts as 0 (§ 11, stk. 4);
 * spouses who both run the business are each assessed on 50 pct. of it (§ 13, stk. 1).
 *
 * <p>Rounding: the bekendtgørelse sets none; the yearly and monthly amounts are kept to the øre.
 *
 * <p>Not covered: the cap at the LAS § 22 level during sickness and barsel (§ 8, stk. 4), the conditions (§ 1) and
 * the five-year grant (§ 4).
 */
public final class TilskudSelvstaendig {

    public static final int FIRST_YEAR = 2013;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private TilskudSelvstaendig() {
    }

    public static TilskudSelvstaendigResult calculate(TilskudSelvstaendigRequest request) {
        return calculate(request, Rates.withOverrides(request.parametre()), true);
    }

    public static TilskudSelvstaendigResult calculate(TilskudSelvstaendigRequest r, Rates rates, boolean explain) {
        int year = requireYear(r.aar());
        if (r.overskud() == null) {
            throw new InvalidInputException("overskud", "angiv virksomhedens beregnede årsindtægt (overskud før renter)");
        }
        BigDecimal other = r.andenIndkomst() == null ? BigDecimal.ZERO : r.andenIndkomst();
        if (other.signum() < 0) {
            throw new InvalidInputException("andenIndkomst", "beløbet kan ikke være negativt");
        }
        LocalDate day = LocalDate.of(year, 1, 1);
        Explainer ex = Explainer.of(explain, "Tilskud til selvstændig erhvervsdrivende for " + year);

        ParameterValue grund = rates.at("selvstaendige.grundbeloeb", day);
        ParameterValue pct = rates.at("selvstaendige.nedsaettelse_procent", day);
        var g = ex.step("grundbeloeb", Kroner.toOere(grund.vaerdi()), () -> "Grundbeløbet for " + year + " er "
                + Kroner.format(grund.vaerdi()) + " pr. år.")
            .law(LegalReference.of(Law.LAB, "126", 5), LegalReference.of(Law.BEK_SELV, "8", 1))
            .param(grund);
        if (year == 2024 && grund.proveniens() != Provenance.OVERRIDE) {
            g.flag(Flag.uafklaret("Bekendtgørelsen (BEK nr. 233/2024 § 8) trykker 156.956 kr., mens Københavns og "
                + "Rødovre Kommuner oplyser 156.953 kr. Kun 156.953 kr. passer med reguleringsreglen og med det "
                + "officielle 2026-beløb. Vi bruger bekendtgørelsens beløb, som er den gældende retstekst og det "
                + "højeste for dig; forskellen er 3 kr. om året før nedsættelse.", LegalReference.of(Law.BEK_SELV, "8", 1)));
        }

        BigDecimal business = businessIncome(r, ex);
        BigDecimal base = business.add(other);
        BigDecimal reduction = pct.asFraction().multiply(base);
        ex.step("nedsaettelse", Kroner.toOere(reduction), () -> Kroner.plain(pct.vaerdi()) + " pct. af "
                + (other.signum() == 0 ? "årsindtægten " + Kroner.format(Kroner.toOere(business))
                    : "årsindtægten " + Kroner.format(Kroner.toOere(business)) + " og anden arbejdsindkomst "
                        + Kroner.format(Kroner.toOere(other)) + " (i alt " + Kroner.format(Kroner.toOere(base)) + ")")
                + " = " + Kroner.format(Kroner.toOere(reduction)) + ". Der er intet knæk til 55 pct. i denne ordning.")
            .law(LegalReference.of(Law.BEK_SELV, "8", 1), LegalReference.of(Law.BEK_SELV, "10"))
            .param(pct)
            .input("andenIndkomst", other);

        BigDecimal exact = Kroner.max(BigDecimal.ZERO, grund.vaerdi().subtract(reduction));
        BigDecimal yearly = Kroner.toOere(exact);
        ex.step("tilskudAar", yearly, () -> "Tilskud for " + year + ": " + Kroner.format(grund.vaerdi()) + " − "
                + Kroner.format(Kroner.toOere(reduction)) + " = " + Kroner.format(yearly)
                + (exact.signum() == 0 ? " (tilskuddet kan ikke blive negativt)." : "."))
            .law(LegalReference.of(Law.BEK_SELV, "8", 2));
        BigDecimal monthly = Kroner.toOere(yearly.divide(TWELVE, MathContext.DECIMAL64));
        ex.step("tilskudMaaned", monthly, () -> "Kommunen udbetaler 1/12 hver måned: " + Kroner.format(yearly)
                + " / 12 = " + Kroner.format(monthly) + ".")
            .law(LegalReference.of(Law.BEK_SELV, "7", 1));
        BigDecimal phaseOut = grund.vaerdi().divide(pct.asFraction(), 0, RoundingMode.HALF_UP).setScale(2);
        ex.step("fuldtAftrappetVed", phaseOut, () -> "Tilskuddet er helt aftrappet, når årsindtægt og anden "
                + "arbejdsindkomst tilsammen når " + Kroner.format(grund.vaerdi()) + " / " + Kroner.plain(pct.vaerdi())
                + " pct. = ca. " + Kroner.format(phaseOut) + ".")
            .law(LegalReference.of(Law.BEK_SELV, "8", 1));
        return new TilskudSelvstaendigResult(year, Kroner.toOere(grund.vaerdi()), Kroner.toOere(business),
            Kroner.toOere(other), Kroner.toOere(reduction), yearly, monthly, phaseOut, RulesVersion.current(),
            ex.build());
    }

    private static BigDecimal businessIncome(TilskudSelvstaendigRequest r, Explainer ex) {
        BigDecimal given = r.overskud();
        BigDecimal nonNegative = Kroner.max(BigDecimal.ZERO, given);
        BigDecimal used = r.aegtefaeller() ? nonNegative.multiply(HALF) : nonNegative;
        ex.step("aarsindtaegt", Kroner.toOere(used), () -> "Virksomhedens beregnede årsindtægt: "
                + Kroner.format(Kroner.toOere(given))
                + (given.signum() < 0 ? ", men en negativ årsindtægt sættes til 0 kr." : ".")
                + (r.aegtefaeller() ? " I driver virksomheden begge som hovedbeskæftigelse, så din andel er 50 pct. = "
                    + Kroner.format(Kroner.toOere(used)) + "." : ""))
            .law(LegalReference.of(Law.BEK_SELV, "11", given.signum() < 0 ? 4 : 1),
                LegalReference.of(Law.BEK_SELV, r.aegtefaeller() ? "13" : "9", 1))
            .input("overskud", given)
            .flag(Flag.skalAfklares("Årsindtægten er gennemsnittet af de to bedste hele regnskabsår inden for de "
                + "seneste tre år, attesteret af en revisor; kommunen opgør den.", LegalReference.of(Law.BEK_SELV, "9", 1)));
        return used;
    }

    private static int requireYear(Integer year) {
        if (year == null) {
            throw new InvalidInputException("aar", "angiv året (ÅÅÅÅ)");
        }
        if (year < FIRST_YEAR) {
            throw new InvalidInputException("aar", "ordningen med grundbeløb findes fra 2013; tilskud bevilget før "
                + "2013 følger LAB § 136");
        }
        return year;
    }
}
