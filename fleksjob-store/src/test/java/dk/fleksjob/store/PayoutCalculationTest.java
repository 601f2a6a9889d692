package dk.fleksjob.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The input stored with a payout ("grundlag") is the JSON Jackson writes for the same values. */
class PayoutCalculationTest {

    @Test
    void theInputWrittenByHandIsJacksonsJsonForRandomEmploymentsAndIncome() {
        SplittableRandom random = new SplittableRandom(20261123L);
        for (int i = 0; i < 500; i++) {
            YearMonth month = YearMonth.of(2014 + random.nextInt(12), 1 + random.nextInt(12));
            BigDecimal fuldtid = random.nextInt(3) == 0 ? null : amount(random, 2_000_000, 6_000_000);
            Employment job = new Employment(random.nextLong(1, 1L << 40), random.nextLong(1, 1000),
                new Employment.Terms(Cvr.of("1234567" + random.nextInt(10)), LocalDate.of(2020, 1, 1), null,
                    BigDecimal.valueOf(random.nextInt(100, 3700), 2), new BigDecimal(random.nextBoolean() ? "1.000" : "0.750"),
                    amount(random, 13_000, 28_000), BigDecimal.valueOf(random.nextInt(0, 2000), 2), fuldtid),
                random.nextInt(5));
            PayoutCalculation.Income own = random.nextInt(5) == 0 ? null : income(random, "12345670");
            List<PayoutCalculation.Income> others = new ArrayList<>();
            for (int o = random.nextInt(3); o > 0; o--) {
                others.add(income(random, "8765432" + o));
            }
            BigDecimal wage = own == null ? amount(random, 0, 4_000_000) : own.loenindtaegt();
            BigDecimal hourly = fuldtid == null ? amount(random, 13_000, 40_000) : null;
            Map<String, BigDecimal> parametre = random.nextInt(4) == 0 ? Map.of("knaek", amount(random, 1, 2_000_000))
                : Map.of();
            FleksloentilskudRequest request = new FleksloentilskudRequest(month, hourly, null, null, wage,
                amount(random, 0, 100_000), fuldtid, parametre);

            String byHand = PayoutCalculation.grundlag(month, job, own, others, wage, own == null, request);

            assertThat(byHand).as("case %d", i).isEqualTo(jackson(month, job, own, others, wage, own == null, request));
        }
    }

    /** The way the input was written before: a map of the values, through Jackson. */
    private static String jackson(YearMonth month, Employment job, PayoutCalculation.Income own,
                                  List<PayoutCalculation.Income> others, BigDecimal wage, boolean expected,
                                  FleksloentilskudRequest request) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("maaned", month.toString());
        g.put("loenmaaned", month.minusMonths(1).toString());
        Employment.Terms t = job.terms();
        Map<String, Object> emp = new LinkedHashMap<>();
        emp.put("id", job.id());
        emp.put("version", job.version());
        emp.put("cvr", t.cvr().value());
        emp.put("timerPrUge", t.timerPrUge());
        emp.put("intensitet", t.intensitet());
        emp.put("timeloen", t.timeloen());
        emp.put("pensionProcent", t.pensionProcent());
        emp.put("fuldtidsloen", t.fuldtidsloen());
        g.put("ansaettelse", emp);
        List<PayoutCalculation.Income> used = new ArrayList<>();
        if (own != null) {
            used.add(own);
        }
        used.addAll(others);
        g.put("indkomst", used);
        g.put("loenFraFleksjob", wage);
        g.put("forventetLoen", expected);
        g.put("request", request);
        return Json.write(g);
    }

    private static PayoutCalculation.Income income(SplittableRandom random, String cvr) {
        return new PayoutCalculation.Income(random.nextLong(1, 10_000), random.nextInt(2, 200_000), cvr,
            amount(random, 0, 4_000_000), amount(random, 0, 200_000), amount(random, 0, 400_000),
            amount(random, 0, 20_000));
    }

    private static BigDecimal amount(SplittableRandom random, int fromOere, int toOere) {
        return BigDecimal.valueOf(random.nextInt(fromOere, toOere), 2);
    }
}
