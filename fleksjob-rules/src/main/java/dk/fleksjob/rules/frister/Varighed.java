package dk.fleksjob.rules.frister;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.parameter.Parameter;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Rates;
import java.time.LocalDate;

/**
 * A legal duration (months, weeks or years) from a parameter file, as in force on a date. A date after the last
 * day the rule is known uses the last known value and carries an {@code uafklaret} flag: the law may change.
 *
 * @param antal the whole number of units
 * @param value the parameter value used (for the explanation)
 * @param flag  null, or the flag for a date after the known period
 */
record Varighed(int antal, ParameterValue value, Flag flag) {

    static Varighed of(Rates rates, String id, LocalDate date, LegalReference legal) {
        Parameter p = rates.catalog().get(id);
        LocalDate used = date;
        Flag flag = null;
        if (date.isAfter(p.daekketTil())) {
            used = p.daekketTil();
            flag = Flag.uafklaret("Reglen (" + p.navn() + ") er kendt til og med " + DanishDates.format(p.daekketTil())
                + ". Vi regner med, at den er uændret " + DanishDates.format(date) + ".", legal);
        } else if (date.isBefore(p.daekketFra())) {
            used = p.daekketFra();
        }
        ParameterValue v = rates.at(id, used);
        int whole;
        try {
            whole = v.vaerdi().intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException("parameter", id + " skal være et helt tal");
        }
        return new Varighed(whole, v, flag);
    }
}
