package dk.fleksjob.rules.parameter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A legal parameter with dated values: a rate, an amount, a percentage or a norm.
 *
 * @param id            stable id, "scheme.name" (e.g. fleksloentilskud.knaek)
 * @param navn          Danish name
 * @param beskrivelse   what it is and how it is used
 * @param enhed         unit of every value
 * @param hjemmel       the legal rule it comes from, as text
 * @param hjemmelUrl    where to read that rule
 * @param daekketTil    the last day the last value is known to apply; lookups after it throw
 * @param vaerdier      values sorted by date, each valid until the next
 */
public record Parameter(String id, String navn, String beskrivelse, Unit enhed, String hjemmel, String hjemmelUrl,
                        LocalDate daekketTil, List<DatedValue> vaerdier) {

    public Parameter {
        Objects.requireNonNull(id, "id");
        vaerdier = List.copyOf(vaerdier);
        if (vaerdier.isEmpty()) {
            throw new IllegalArgumentException(id + ": ingen værdier");
        }
    }

    public LocalDate daekketFra() {
        return vaerdier.get(0).fra();
    }

    /** The value in force on the date; throws if the date is outside the covered period. */
    public DatedValue valueAt(LocalDate date) {
        if (date.isBefore(daekketFra()) || date.isAfter(daekketTil)) {
            throw new ParameterNotCoveredException(this, date);
        }
        DatedValue found = vaerdier.get(0);
        for (DatedValue v : vaerdier) {
            if (v.fra().isAfter(date)) {
                break;
            }
            found = v;
        }
        return found;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(daekketFra()) && !date.isAfter(daekketTil);
    }

    /** The last day the given value applies. */
    public LocalDate validTo(DatedValue value) {
        int i = vaerdier.indexOf(value);
        return i + 1 < vaerdier.size() ? vaerdier.get(i + 1).fra().minusDays(1) : daekketTil;
    }
}
