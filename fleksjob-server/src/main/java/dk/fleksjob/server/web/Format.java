package dk.fleksjob.server.web;

import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers and dates for the templates ({@code ${@fmt.kroner(x)}}): amounts as Danish kroner (1.234,56 kr.) in both
 * languages, since they are Danish kroner; dates and months in the page's language.
 */
@Component("fmt")
public class Format {

    private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public String kroner(BigDecimal amount) {
        return amount == null ? "" : Kroner.format(amount);
    }

    public String number(BigDecimal value) {
        return value == null ? "" : Kroner.plain(value);
    }

    /**
     * A number as a form field's value: a decimal comma and no thousands separator (the case forms read both
     * "190,48" and "190.48" but refuse "1.234", which is ambiguous), so a prefilled field can be sent back as it is.
     */
    public String input(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public String month(YearMonth month) {
        if (month == null) {
            return "";
        }
        return english() ? EN_MONTH.format(month) : DanishDates.format(month);
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return english() ? EN_DATE.format(date) : DanishDates.format(date);
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
