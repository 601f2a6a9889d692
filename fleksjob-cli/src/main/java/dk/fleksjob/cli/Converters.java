package dk.fleksjob.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Option converters and Danish messages for the errors picocli finds. */
final class Converters {

    private Converters() {
    }

    /** An amount or a number: 200, 200.50 or 200,50. */
    static BigDecimal amount(String text) {
        String t = text.trim();
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        try {
            BigDecimal value = new BigDecimal(t);
            if (value.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
                throw new CommandLine.TypeConversionException("'" + text + "' er for stort");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' er ikke et tal");
        }
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' er ikke en måned (ÅÅÅÅ-MM)");
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' er ikke en dato (ÅÅÅÅ-MM-DD)");
        }
    }

    /** One Danish line for a picocli parse error, naming the option. */
    static String danish(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return "mangler " + String.join(", ", missing.getMissing().stream().map(Converters::name).toList());
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return "ukendt argument: " + String.join(" ", unmatched.getUnmatched());
        }
        if (ex.getArgSpec() != null) {
            String reason = ex.getCause() instanceof CommandLine.TypeConversionException tc ? tc.getMessage()
                : ex.getMessage();
            return "fejl i " + name(ex.getArgSpec()) + ": " + reason;
        }
        return ex.getMessage();
    }

    private static String name(CommandLine.Model.ArgSpec spec) {
        if (spec instanceof CommandLine.Model.OptionSpec option) {
            return option.longestName();
        }
        return spec.paramLabel();
    }
}
