package dk.fleksjob.rules.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** »afrundes til nærmeste hele kronebeløb«: half a krone rounds up; Danish notation. */
class KronerTest {

    @Test
    void halfAKroneRoundsUp() {
        assertThat(Kroner.toWholeKroner(new BigDecimal("250.50"))).isEqualByComparingTo("251");
        assertThat(Kroner.toWholeKroner(new BigDecimal("250.49"))).isEqualByComparingTo("250");
        assertThat(Kroner.toWholeKroner(new BigDecimal("32066.67"))).isEqualByComparingTo("32067");
    }

    @Test
    void amountsPrintInDanishNotation() {
        assertThat(Kroner.format(new BigDecimal("1234.5"))).isEqualTo("1.234,50 kr.");
        assertThat(Kroner.plain(new BigDecimal("4.33330"))).isEqualTo("4,3333");
        assertThat(Kroner.format(new BigDecimal("-1234567.005"))).isEqualTo("-1.234.567,01 kr.");
        assertThat(Kroner.format(new BigDecimal("999"))).isEqualTo("999,00 kr.");
        assertThat(Kroner.number(new BigDecimal("123456"), 0)).isEqualTo("123.456");
        assertThat(Kroner.number(new BigDecimal("-0.001"), 2)).isEqualTo("0,00");
        assertThat(DanishDates.format(LocalDate.of(2026, 1, 1))).isEqualTo("1. januar 2026");
    }

    @Test
    void numbersAndAmountsMatchTheJdksDanishDecimalFormatForRandomAmountsAndDecimals() {
        DecimalFormatSymbols danish = new DecimalFormatSymbols();
        danish.setGroupingSeparator('.');
        danish.setDecimalSeparator(',');
        danish.setMinusSign('-');
        DecimalFormat inKroner = new DecimalFormat("#,##0.00", danish);
        SplittableRandom random = new SplittableRandom(20261123L);
        for (int i = 0; i < 20_000; i++) {
            // Up to 25 digits and 12 decimals: past what a long holds, so both ways of writing a number are tried.
            BigDecimal value = new BigDecimal(new BigInteger(random.nextInt(1, 84), new java.util.Random(random.nextLong())),
                random.nextInt(-3, 13));
            if (random.nextBoolean()) {
                value = value.negate();
            }
            int decimals = random.nextInt(0, 8);
            BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
            DecimalFormat format = new DecimalFormat("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""), danish);
            assertThat(Kroner.number(value, decimals)).as("%s with %d decimals", value.toPlainString(), decimals)
                .isEqualTo(format.format(rounded));
            // Kroner and øre, with the unit written into the same string (the long path and the long-free one).
            assertThat(Kroner.format(value)).as("%s as kroner", value.toPlainString())
                .isEqualTo(inKroner.format(value.setScale(2, RoundingMode.HALF_UP)) + " kr.");
        }
    }
}
