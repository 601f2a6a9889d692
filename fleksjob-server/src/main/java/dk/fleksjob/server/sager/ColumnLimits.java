package dk.fleksjob.server.sager;

import dk.fleksjob.store.Cases;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the case store's columns hold ({@code fleksjob-store/src/main/resources/db/migration/V1__case_store.sql}), for
 * the case pages ({@link Forms}) and the case API ({@link ApiFields}) alike: a value a column would refuse or round is
 * refused here, by its field, with a message ({@link FieldProblem}), and never becomes a 500 or a silently rounded
 * number. Each check throws {@link FieldProblem}; {@link Forms} and {@link ApiFields} collect them.
 */
final class ColumnLimits {

    /** A number column: the largest value it holds and its decimals. */
    record Bound(BigDecimal max, int decimals) {
        /** numeric(5,2): hours a week (visitation, ansaettelse), pension per cent. */
        static final Bound HUNDREDS = new Bound(new BigDecimal("999.99"), 2);
        /** numeric(10,2): the hourly wage. */
        static final Bound WAGE = new Bound(new BigDecimal("99999999.99"), 2);
        /** numeric(12,2), kept to the forms' earlier bound of 1.000.000.000: the full-time monthly wage. */
        static final Bound AMOUNT = new Bound(new BigDecimal("1000000000"), 2);
        /** numeric(4,3): work intensity, over 0 and at most 1 (see {@link #intensity}). */
        static final Bound INTENSITY = new Bound(BigDecimal.ONE, 3);
    }

    /** person.navn varchar(200). */
    static final int NAVN = 200;
    /** visitation.ledighedsydelse_kategori varchar(40). */
    static final int KATEGORI = 40;
    /** haendelse.note varchar(2000). */
    static final int NOTE = 2000;
    /** flag.afklaring varchar(2000). */
    static final int AFKLARING = 2000;
    /**
     * A decision on a pending efterregulering: the store settles the payout's point with the reason after
     * {@link Cases#FRAFALDET} ("Efterreguleringen er frafaldet: ", 32 characters; {@link Cases#GODKENDT} is one
     * shorter) in flag.afklaring varchar(2000), so the reason can have 2000 - 32 = 1968 characters.
     */
    static final int BEGRUNDELSE = AFKLARING - Math.max(Cases.FRAFALDET.length(), Cases.GODKENDT.length());
    /** indkomst_import.filnavn varchar(500). */
    static final int FILNAVN = 500;

    private ColumnLimits() {
    }

    /** A number from 0 to the column's largest value, with no more decimals than it keeps. */
    static BigDecimal number(BigDecimal value, String field, Bound bound) {
        // integer digits first: cheap for 1E+999999999, which compareTo would also handle, but obviously so
        if (value.signum() < 0 || value.precision() - value.scale() > 12 || value.compareTo(bound.max()) > 0) {
            throw new FieldProblem(field, "sager.felt.mellem", bound.max());
        }
        if (value.scale() > bound.decimals() && value.stripTrailingZeros().scale() > bound.decimals()) {
            throw decimals(field, bound);
        }
        // 0E-999999999 is a zero: keep its scale to what the column holds
        return value.scale() > bound.decimals() ? value.setScale(bound.decimals(), RoundingMode.UNNECESSARY) : value;
    }

    static FieldProblem decimals(String field, Bound bound) {
        return new FieldProblem(field, "sager.felt.decimaler", String.valueOf(bound.decimals()));
    }

    /** Work intensity: over 0 and at most 1 (LAB § 122, stk. 2: 1 = 100 pct.), at most 3 decimals. */
    static BigDecimal intensity(BigDecimal value, String field) {
        if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new FieldProblem(field, "sager.felt.intensitet");
        }
        return number(value, field, Bound.INTENSITY);
    }

    /**
     * Text that may be left out (null when blank), stripped; at most {@code maxLength} characters (UTF-16 units, never
     * more than the characters a varchar counts). A NUL character is refused: PostgreSQL cannot store it.
     */
    static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > maxLength) {
            throw new FieldProblem(field, "sager.felt.tegn", String.valueOf(maxLength));
        }
        if (s.indexOf('\u0000') >= 0) {
            throw new FieldProblem(field, "sager.felt.ugyldigt-tegn");
        }
        return s;
    }

    /** Text that must be given: as {@link #optionalText}, and blank is refused. */
    static String text(String value, String field, int maxLength) {
        String s = optionalText(value, field, maxLength);
        if (s == null) {
            throw required(field);
        }
        return s;
    }

    static FieldProblem required(String field) {
        return new FieldProblem(field, "sager.felt.udfyldes");
    }

    /** A date with a four-digit year, as ÅÅÅÅ-MM-DD writes it ({@code +10000-01-01} parses, but is no such date). */
    static LocalDate date(LocalDate value, String field) {
        if (value.getYear() < 1 || value.getYear() > 9999) {
            throw new FieldProblem(field, "sager.felt.dato");
        }
        return value;
    }

    /** A month with a four-digit year: the store keeps months as char(7), 'ÅÅÅÅ-MM'. */
    static YearMonth month(YearMonth value, String field) {
        if (value.getYear() < 1 || value.getYear() > 9999) {
            throw new FieldProblem(field, "sager.felt.maaned");
        }
        return value;
    }

    /** The end of a period: not before its start (when there is a start). */
    static LocalDate end(LocalDate from, LocalDate to, String field) {
        if (to != null && from != null && to.isBefore(from)) {
            throw new FieldProblem(field, "sager.felt.slutdato");
        }
        return to;
    }
}
