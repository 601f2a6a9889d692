package dk.fleksjob.rules.alder;

import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.DanishDates;
import java.time.LocalDate;

/** The day an age in years and months is reached. */
final class AgeDates {

    private AgeDates() {
    }

    /**
     * The birthday at the age: the same day of the month, {@code months} calendar months after birth. If that month
     * has no such day, the last day of the month (as a time limit in months ends on the month's last day).
     */
    static LocalDate reached(LocalDate birth, int months) {
        return birth.plusMonths(months);
    }

    /** An {@code uafklaret} flag when the day had to be moved, otherwise null. */
    static Flag movedDayFlag(LocalDate birth, LocalDate reached, String what, LegalReference legal) {
        if (reached.getDayOfMonth() == birth.getDayOfMonth()) {
            return null;
        }
        LocalDate alternative = reached.plusDays(1);
        return Flag.uafklaret("Du er født den " + birth.getDayOfMonth() + ". i måneden, og den dato findes ikke i "
            + DanishDates.format(java.time.YearMonth.from(reached)) + ". Vi regner med, at du når " + what
            + " den sidste dag i måneden, " + DanishDates.format(reached) + ", men reglerne siger det ikke udtrykkeligt; "
            + "det kan også være " + DanishDates.format(alternative) + ". Spørg Udbetaling Danmark, hvis dagen betyder noget "
            + "for dig.", legal);
    }
}
