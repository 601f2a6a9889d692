package dk.fleksjob.rules.money;

import java.time.LocalDate;
import java.time.YearMonth;

/** Dates as a Danish letter writes them: 1. januar 2026, januar 2026. */
public final class DanishDates {

    private static final String[] MONTHS = {"januar", "februar", "marts", "april", "maj", "juni", "juli",
        "august", "september", "oktober", "november", "december"};

    private DanishDates() {
    }

    public static String format(LocalDate date) {
        return date.getDayOfMonth() + ". " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    public static String format(YearMonth month) {
        return MONTHS[month.getMonthValue() - 1] + " " + month.getYear();
    }
}
