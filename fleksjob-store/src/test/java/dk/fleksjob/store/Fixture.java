package dk.fleksjob.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A small jobcentre: persons with a grant and a fleksjob, and income files. */
final class Fixture {

    static final Caseworker CASEWORKER = new Caseworker("sb1", "0101");
    static final Caseworker SYSTEM = Caseworker.system("koersel");
    static final String HEADER = String.join(";", IncomeCsv.HEADER);
    static final String EMPLOYER = "12345678";

    private Fixture() {
    }

    /**
     * A person in a fleksjob from 1 January 2024, 18 hours at 200 kr. incl. pension (STAR's example: 15.600 kr. a
     * month, lønloft 32.067 kr.), temporary grant 2023–2027.
     */
    static Person person(FleksjobStore store, String cpr) {
        Person p = store.cases().createPerson(CASEWORKER, cpr, "Person " + cpr.substring(0, 4));
        store.cases().addBevilling(CASEWORKER, p.id(), Bevilling.Type.MIDLERTIDIG, LocalDate.of(2023, 1, 1),
            LocalDate.of(2027, 12, 31));
        store.cases().addEmployment(CASEWORKER, p.id(), terms(EMPLOYER, new BigDecimal("32067")));
        return p;
    }

    /** 18 hours at full intensity, hourly wage 190,48 kr. + 5 pct. pension ≈ 200 kr. */
    static Employment.Terms terms(String cvr, BigDecimal fuldtidsloen) {
        return new Employment.Terms(new Cvr(cvr), LocalDate.of(2024, 1, 1), null, new BigDecimal("18"), BigDecimal.ONE,
            new BigDecimal("190.48"), new BigDecimal("5"), fuldtidsloen);
    }

    static byte[] csv(String... lines) {
        return (HEADER + "\n" + Arrays.stream(lines).map(l -> l + "\n").collect(Collectors.joining()))
            .getBytes(StandardCharsets.UTF_8);
    }
}
