package dk.fleksjob.rules.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a parameter, valid from a date until the next value (or the parameter's coverage end).
 *
 * @param fra        the first day the value applies, as the source gives it
 * @param vaerdi     the value in the parameter's unit
 * @param enhed      the unit, stated on the value too so a catalogue test can check it
 * @param proveniens published, secondary or derived
 * @param kilde      where the value (or, for derived values, its inputs) is printed
 * @param afledning  for derived values: how it was computed; otherwise null
 * @param note       the figure as printed, or a remark; may be null
 */
public record DatedValue(LocalDate fra, BigDecimal vaerdi, Unit enhed, Provenance proveniens, Source kilde,
                         String afledning, String note) {
    public DatedValue {
        Objects.requireNonNull(fra, "fra");
        Objects.requireNonNull(vaerdi, "vaerdi");
        Objects.requireNonNull(enhed, "enhed");
        Objects.requireNonNull(proveniens, "proveniens");
        Objects.requireNonNull(kilde, "kilde");
    }
}
