package dk.fleksjob.store;

import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudRequest;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudResult;
import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One person's fleksløntilskud for one month, from what the store knows: the fleksjob employment, the income
 * reported for the month before (BEK om fleksløntilskud § 4, stk. 1: the subsidy is reduced »bagud i den følgende
 * måned«), the grant and the registered events. It pays what the rules give and lists, as flags "skal afklares",
 * everything that waits for a human; it never stops or lowers a payment on its own.
 */
final class PayoutCalculation {

    static final LegalReference BEK_FORVENTET_LOEN = LegalReference.of(Law.BEK_FLT, "4", 2);
    static final LegalReference BEK_EFTERREGULERING = LegalReference.of(Law.BEK_FLT, "4", 4);
    static final LegalReference BEK_ANDEN_LOEN = LegalReference.of(Law.BEK_FLT, "3", 5);
    static final LegalReference BEK_SYGDOM = LegalReference.of(Law.BEK_FLT, "7", 1);
    static final LegalReference LAB_FLEKSJOB = LegalReference.of(Law.LAB, "117", 1);
    static final LegalReference LAB_BEVILLING = LegalReference.of(Law.LAB, "121", 4);
    static final LegalReference LAB_INDSATS = LegalReference.of(Law.LAB, "121", 1);
    static final LegalReference LAB_AENDRINGER = LegalReference.of(Law.LAB, "121", 2);
    static final LegalReference LAB_FLYTNING = LegalReference.of(Law.LAB, "123", 4);
    /** Forvaltningsloven § 19: partshøring before a decision against the person. Not in the rules' law list. */
    static final LegalReference FVL_PARTSHOERING = new LegalReference("FVL", "19", 1, null, "Forvaltningsloven § 19, stk. 1",
        "https://www.retsinformation.dk/eli/lta/2014/433");

    /** A point for a caseworker, before it is stored. */
    record PendingFlag(String kode, LegalReference hjemmel, String tekst) {
    }

    /** One reported income line as used (the latest correction for the person, CVR and month). */
    record Income(long importId, int line, String cvr, BigDecimal loen, BigDecimal pensionAnsat,
                  BigDecimal pensionArbejdsgiver, BigDecimal timer) {
        BigDecimal loenindtaegt() {
            return loen.add(pensionAnsat).add(pensionArbejdsgiver);
        }
    }

    /**
     * What the rules computed for the month, with its input and the points for a caseworker.
     *
     * @param grundlag the input as stored ({@link StoredGrundlag}: compressed)
     */
    record Computation(BigDecimal tilskud, BigDecimal atp, String sha256, byte[] grundlag,
                       FleksloentilskudResult result, List<PendingFlag> flags) {
    }

    private PayoutCalculation() {
    }

    /** The month's input, known before the rules run: its digest decides whether anything is to be computed. */
    record Prepared(YearMonth month, FleksloentilskudRequest request, String sha256, Supplier<Utf8Json> grundlag,
                    List<PendingFlag> flags, List<Bevilling> grants, List<CaseEvent> events) {
    }

    static Computation compute(YearMonth month, List<Employment> employments, Map<String, Income> income,
                               List<Bevilling> grants, List<CaseEvent> events, Rates rates) {
        return calculate(prepare(month, employments, income, grants, events), rates);
    }

    /** Assembles the request to the rules from the store's facts, with the flags those facts raise. */
    static Prepared prepare(YearMonth month, List<Employment> employments, Map<String, Income> income,
                            List<Bevilling> grants, List<CaseEvent> events) {
        YearMonth wageMonth = month.minusMonths(1);
        List<PendingFlag> flags = new ArrayList<>();
        Employment job = latest(employments);
        String cvr = job.terms().cvr().value();
        if (employments.size() > 1) {
            flags.add(new PendingFlag("FLERE_ANSAETTELSER", LAB_FLEKSJOB, "Der er " + employments.size()
                + " fleksjobansættelser i " + DanishDates.format(wageMonth) + ". Tilskuddet er beregnet for den seneste "
                + "(CVR " + cvr + "); løn fra de andre er regnet som anden løn. Kontrollér ansættelserne."));
        }

        Income own = income.get(cvr);
        BigDecimal wage;
        if (own != null) {
            wage = own.loenindtaegt();
        } else {
            wage = job.expectedMonthlyWage();
            flags.add(new PendingFlag("MANGLENDE_INDKOMST", BEK_FORVENTET_LOEN, "Der er ikke indberettet løn fra "
                + "arbejdsgiveren (CVR " + cvr + ") for " + DanishDates.format(wageMonth) + ". Tilskuddet er beregnet "
                + "af den forventede løn på " + Kroner.format(wage) + " efter aftalen om fleksjob og reguleres, når "
                + "lønnen er indberettet."));
        }
        List<Income> others = List.of();
        BigDecimal other = BigDecimal.ZERO;
        if (income.size() > (own == null ? 0 : 1)) {
            List<Income> list = new ArrayList<>();
            for (Income i : income.values()) {
                if (!i.cvr().equals(cvr)) {
                    list.add(i);
                    other = other.add(i.loenindtaegt());
                }
            }
            list.sort(Comparator.comparing(Income::cvr));
            others = list;
        }
        if (!others.isEmpty()) {
            flags.add(new PendingFlag("ANDEN_ARBEJDSGIVER", BEK_ANDEN_LOEN, "Løn fra " + (others.size() == 1
                ? "en anden arbejdsgiver (CVR " : "andre arbejdsgivere (CVR ")
                + others.stream().map(Income::cvr).collect(Collectors.joining(", ")) + ") på " + Kroner.format(other)
                + " i " + DanishDates.format(wageMonth) + " er regnet som anden lønindtægt. Kontrollér, at det er løn "
                + "for arbejde i måneden og ikke fx løn for flere måneder, der skal fordeles (BEK § 3, stk. 4)."));
        }

        BigDecimal fuldtid = job.terms().fuldtidsloen();
        BigDecimal hourly = fuldtid == null ? job.hourlyWageInclPension().setScale(2, RoundingMode.HALF_UP) : null;
        FleksloentilskudRequest request = new FleksloentilskudRequest(month, hourly, null, null, wage, other, fuldtid,
            Map.of());
        String sha = sha256(month + "|" + plain(wage) + "|" + plain(other) + "|" + plain(fuldtid) + "|" + plain(hourly));
        // The input as JSON is written only if the digest shows the month is to be computed (not on a re-run).
        List<Income> otherLines = others;
        return new Prepared(month, request, sha, () -> grundlagJson(month, job, own, otherLines, wage, own == null,
            request), flags, grants, events);
    }

    /** The employment the month is paid for: the one that began last (the highest id of those on the same day). */
    private static Employment latest(List<Employment> employments) {
        Employment job = employments.get(0);
        for (Employment e : employments) {
            int c = e.terms().fra().compareTo(job.terms().fra());
            if (c > 0 || c == 0 && e.id() > job.id()) {
                job = e;
            }
        }
        return job;
    }

    /** Runs the rules with the explanation on, and adds the flags of the rules, the grant and the events. */
    static Computation calculate(Prepared p, Rates rates) {
        List<PendingFlag> flags = new ArrayList<>(p.flags());
        FleksloentilskudResult result = Fleksloentilskud.calculate(p.request(), rates, true);
        for (Flag f : result.forklaring().allFlags()) {
            if (f.type() == Flag.Type.SKAL_AFKLARES) {
                flags.add(new PendingFlag("REGEL", f.hjemmel(), f.tekst()));
            }
        }
        YearMonth wageMonth = p.month().minusMonths(1);
        grantFlags(wageMonth, p.grants(), flags);
        eventFlags(wageMonth, p.month(), p.events(), flags);
        return new Computation(result.fleksloentilskud(), result.atpBidrag(), p.sha256(),
            StoredGrundlag.encode(p.grundlag().get()), result, flags);
    }

    private static void grantFlags(YearMonth wageMonth, List<Bevilling> grants, List<PendingFlag> flags) {
        LocalDate lastDay = wageMonth.atEndOfMonth();
        for (Bevilling g : grants) {
            if (g.covers(lastDay)) {
                return;
            }
        }
        grants.stream().filter(g -> g.til() != null && g.til().isBefore(lastDay)).map(Bevilling::til)
            .max(Comparator.naturalOrder()).ifPresentOrElse(
                end -> flags.add(new PendingFlag("BEVILLING_UDLOEBET", LAB_BEVILLING, "Bevillingen af fleksjob udløb "
                    + DanishDates.format(end) + ". Personen forbliver i ordningen, indtil jobcenteret har truffet "
                    + "afgørelse, så tilskuddet er udbetalt; jobcenteret skal tage stilling til fortsat fleksjob "
                    + "(LAB § 120, stk. 1).")),
                () -> flags.add(new PendingFlag("INGEN_BEVILLING", LAB_FLEKSJOB, "Der er ikke registreret en "
                    + "bevilling af fleksjob, der dækker " + DanishDates.format(wageMonth) + ". Tilskuddet er "
                    + "udbetalt efter ansættelsen; registrér bevillingen eller afgør sagen.")));
    }

    private static void eventFlags(YearMonth wageMonth, YearMonth month, List<CaseEvent> events,
                                   List<PendingFlag> flags) {
        LocalDate from = wageMonth.atDay(1);
        LocalDate to = month.atEndOfMonth();
        for (CaseEvent e : events) {
            if (e.dato().isBefore(from) || e.dato().isAfter(to)) {
                continue;
            }
            String when = DanishDates.format(e.dato());
            switch (e.type()) {
                case SYGDOM -> flags.add(new PendingFlag("HAENDELSE_SYGDOM", BEK_SYGDOM, "Sygdom registreret "
                    + when + ". Får personen ikke løn under sygdom, fradrages sygedagpengene fuldt i tilskuddet; "
                    + "kørslen kender ikke sygedagpengene og har beregnet efter den indberettede løn."));
                case OPSAGT -> flags.add(new PendingFlag("HAENDELSE_OPSAGT", LAB_AENDRINGER, "Ansættelsen er "
                    + "opsagt " + when + ". Tilskuddet er beregnet efter lønnen i " + DanishDates.format(wageMonth)
                    + "; sagsbehandleren afgør, om og hvornår tilskuddet ophører."));
                case FLYTNING -> flags.add(new PendingFlag("HAENDELSE_FLYTNING", LAB_FLYTNING, "Personen er "
                    + "flyttet " + when + ". Retten til fleksløntilskud bevares ved flytning til en anden kommune; "
                    + "aftal, hvilken kommune der udbetaler fra hvilken måned."));
                case AFVIST_TILBUD -> flags.add(new PendingFlag("HAENDELSE_AFVIST_TILBUD", LAB_INDSATS, "Personen "
                    + "har afvist et tilbud " + when + ". Det ændrer ikke i sig selv tilskuddet; sagsbehandleren "
                    + "vurderer, om det har betydning for sagen."));
                default -> throw new IllegalStateException(e.type().name());
            }
        }
    }

    /**
     * The input as stored with the payout: enough to see, without the database, what the month was paid on. Written
     * by hand for speed (one per payout of a run); the JSON is the one Jackson writes for the same values
     * ({@code PayoutCalculationTest}).
     */
    static String grundlag(YearMonth month, Employment job, Income own, List<Income> others, BigDecimal wage,
                           boolean expected, FleksloentilskudRequest request) {
        return grundlagJson(month, job, own, others, wage, expected, request).toString();
    }

    private static Utf8Json grundlagJson(YearMonth month, Employment job, Income own, List<Income> others,
                                         BigDecimal wage, boolean expected, FleksloentilskudRequest request) {
        Employment.Terms t = job.terms();
        Utf8Json json = new Utf8Json(640);
        json.raw("{\"maaned\":").string(month.toString());
        json.name("loenmaaned", false).string(month.minusMonths(1).toString());
        json.name("ansaettelse", false).raw("{\"id\":").number(job.id());
        json.name("version", false).number(job.version());
        json.name("cvr", false).string(t.cvr().value());
        number(json, "timerPrUge", t.timerPrUge());
        number(json, "intensitet", t.intensitet());
        number(json, "timeloen", t.timeloen());
        number(json, "pensionProcent", t.pensionProcent());
        number(json, "fuldtidsloen", t.fuldtidsloen());
        json.raw('}').name("indkomst", false).raw('[');
        boolean first = true;
        for (Income i : own == null ? others : concat(own, others)) {
            if (!first) {
                json.raw(',');
            }
            first = false;
            json.raw("{\"importId\":").number(i.importId());
            json.name("line", false).number(i.line());
            if (i.cvr() != null) {
                json.name("cvr", false).string(i.cvr());
            }
            number(json, "loen", i.loen());
            number(json, "pensionAnsat", i.pensionAnsat());
            number(json, "pensionArbejdsgiver", i.pensionArbejdsgiver());
            number(json, "timer", i.timer());
            json.raw('}');
        }
        json.raw(']');
        number(json, "loenFraFleksjob", wage);
        json.name("forventetLoen", false).raw(expected ? "true" : "false");
        json.name("request", false).raw('{');
        first = true;
        if (request.maaned() != null) {
            json.name("maaned", true).string(request.maaned().toString());
            first = false;
        }
        first = number(json, "timeloen", request.timeloen(), first);
        first = number(json, "timer", request.timer(), first);
        first = number(json, "intensitet", request.intensitet(), first);
        first = number(json, "maanedsloen", request.maanedsloen(), first);
        first = number(json, "andenLoen", request.andenLoen(), first);
        first = number(json, "fuldtidsloen", request.fuldtidsloen(), first);
        if (request.parametre() != null) {
            json.name("parametre", first).raw('{');
            boolean firstParameter = true;
            for (Map.Entry<String, BigDecimal> e : request.parametre().entrySet()) {
                firstParameter = number(json, e.getKey(), e.getValue(), firstParameter);
            }
            json.raw('}');
        }
        return json.raw("}}");
    }

    private static List<Income> concat(Income own, List<Income> others) {
        List<Income> used = new ArrayList<>(others.size() + 1);
        used.add(own);
        used.addAll(others);
        return used;
    }

    /** A number field after the first, left out when null (as the store's JSON leaves nulls out). */
    private static void number(Utf8Json json, String name, BigDecimal value) {
        number(json, name, value, false);
    }

    private static boolean number(Utf8Json json, String name, BigDecimal value, boolean first) {
        if (value == null) {
            return first;
        }
        json.name(name, first).number(value);
        return false;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(SHA256.get().digest(bytes));
    }

    /** One digest per thread: looking one up among the security providers for every payout costs more than it. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
