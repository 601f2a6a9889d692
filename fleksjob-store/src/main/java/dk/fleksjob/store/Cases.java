package dk.fleksjob.store;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Explanation;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cases of a jobcentre: persons, visitations, grants, employments, events, payouts and flags. Every method
 * takes the {@link Caseworker}; a case of another jobcentre is "not found". Every change writes an audit line in
 * the same transaction. Changes to an existing record take the version the caseworker read; if someone changed
 * the record since, nothing is written and {@link ConcurrentChangeException} is thrown.
 */
public final class Cases {

    private final Db db;
    private final AuditLog audit;
    private final Clock clock;

    Cases(Db db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- persons -------------------------------------------------------------------------------------------

    /** Creates a case in the caseworker's jobcentre. The CPR number is validated (format and date). */
    public Person createPerson(Caseworker who, String cpr, String navn) {
        Cpr valid = Cpr.of(cpr);
        String name = requireText(navn, "navn");
        if (who.jobcenter() == null) {
            throw new InvalidInputException("jobcenter", "en sag skal oprettes i et jobcenter");
        }
        return db.tx(c -> {
            if (!Db.query(c, "select id from person where cpr = ?", rs -> rs.getLong(1), valid.value()).isEmpty()) {
                throw new InvalidInputException("cpr", "der findes allerede en sag med dette CPR-nummer");
            }
            long id = Db.insert(c, "insert into person (jobcenter, cpr, navn, version, oprettet) values (?, ?, ?, 0, ?)",
                who.jobcenter(), valid.value(), name, clock.instant());
            audit.append(c, who, "OPRET_PERSON", "person", id, id, "sag oprettet for " + valid.masked());
            return new Person(id, who.jobcenter(), valid, name, 0);
        });
    }

    public Person person(Caseworker who, long personId) {
        return db.tx(c -> requirePerson(c, who, personId));
    }

    public Optional<Person> findByCpr(Caseworker who, String cpr) {
        Cpr valid = Cpr.of(cpr);
        return db.tx(c -> Db.query(c, "select * from person p where cpr = ?" + scope(who), Cases::mapPerson,
            scopeParams(who, valid.value())).stream().findFirst());
    }

    /** The caseworker's list of cases, CPR masked, with the number of open flags. */
    public List<PersonSummary> persons(Caseworker who) {
        return db.tx(c -> Db.query(c, "select p.id, p.jobcenter, p.cpr, p.navn, (select count(*) from flag f where "
                + "f.person_id = p.id and f.status = 'AABEN') as aabne from person p where 1 = 1" + scope(who)
                + " order by p.navn, p.id",
            rs -> new PersonSummary(rs.getLong("id"), rs.getString("jobcenter"), Cpr.mask(rs.getString("cpr")),
                rs.getString("navn"), rs.getInt("aabne")), scopeParams(who)));
    }

    public Person renamePerson(Caseworker who, long personId, int expectedVersion, String navn) {
        String name = requireText(navn, "navn");
        return db.tx(c -> {
            Person p = requirePerson(c, who, personId);
            bump(c, "person", personId, expectedVersion, "navn = ?", name);
            audit.append(c, who, "RET_PERSON", "person", personId, personId, "navn rettet");
            return new Person(p.id(), p.jobcenter(), p.cpr(), name, expectedVersion + 1);
        });
    }

    // ---- visitation, grants, employments, events -----------------------------------------------------------

    public Visitation addVisitation(Caseworker who, long personId, LocalDate dato, BigDecimal timerPrUge,
                                    BigDecimal intensitet, String ledighedsydelseKategori) {
        Objects.requireNonNull(dato, "dato");
        requireNonNegative(timerPrUge, "timerPrUge");
        requireIntensity(intensitet);
        return db.tx(c -> {
            requirePerson(c, who, personId);
            long id = Db.insert(c, "insert into visitation (person_id, dato, timer_pr_uge, intensitet, "
                    + "ledighedsydelse_kategori, version) values (?, ?, ?, ?, ?, 0)", personId, dato, timerPrUge,
                intensitet, ledighedsydelseKategori);
            audit.append(c, who, "OPRET_VISITATION", "visitation", id, personId, "visiteret " + dato);
            return new Visitation(id, personId, dato, timerPrUge, intensitet, ledighedsydelseKategori, 0);
        });
    }

    public Bevilling addBevilling(Caseworker who, long personId, Bevilling.Type type, LocalDate fra, LocalDate til) {
        checkPeriod(fra, til);
        return db.tx(c -> {
            requirePerson(c, who, personId);
            long id = Db.insert(c, "insert into bevilling (person_id, bevillingstype, fra, til, version) values (?, ?, ?, ?, 0)",
                personId, type, fra, til);
            audit.append(c, who, "OPRET_BEVILLING", "bevilling", id, personId, type + " " + fra + " – " + til);
            return new Bevilling(id, personId, type, fra, til, 0);
        });
    }

    public Bevilling updateBevilling(Caseworker who, long bevillingId, int expectedVersion, Bevilling.Type type,
                                     LocalDate fra, LocalDate til) {
        checkPeriod(fra, til);
        return db.tx(c -> {
            long personId = ownerOf(c, who, "bevilling", bevillingId);
            bump(c, "bevilling", bevillingId, expectedVersion, "bevillingstype = ?, fra = ?, til = ?", type, fra, til);
            audit.append(c, who, "RET_BEVILLING", "bevilling", bevillingId, personId, type + " " + fra + " – " + til);
            return new Bevilling(bevillingId, personId, type, fra, til, expectedVersion + 1);
        });
    }

    public Employment addEmployment(Caseworker who, long personId, Employment.Terms terms) {
        check(terms);
        return db.tx(c -> {
            requirePerson(c, who, personId);
            long id = Db.insert(c, "insert into ansaettelse (person_id, cvr, fra, til, timer_pr_uge, intensitet, "
                    + "timeloen, pension_procent, fuldtidsloen, foerste_fleksjob, version) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", personId,
                terms.cvr(), terms.fra(), terms.til(), terms.timerPrUge(), terms.intensitet(), terms.timeloen(),
                terms.pensionProcent(), terms.fuldtidsloen(), terms.foersteFleksjob());
            audit.append(c, who, "OPRET_ANSAETTELSE", "ansaettelse", id, personId, "CVR " + terms.cvr() + " fra "
                + terms.fra() + foersteFleksjobText(terms));
            return new Employment(id, personId, terms, 0);
        });
    }

    public Employment updateEmployment(Caseworker who, long employmentId, int expectedVersion, Employment.Terms terms) {
        check(terms);
        return db.tx(c -> {
            long personId = ownerOf(c, who, "ansaettelse", employmentId);
            bump(c, "ansaettelse", employmentId, expectedVersion, "cvr = ?, fra = ?, til = ?, timer_pr_uge = ?, "
                    + "intensitet = ?, timeloen = ?, pension_procent = ?, fuldtidsloen = ?, foerste_fleksjob = ?",
                terms.cvr(), terms.fra(), terms.til(), terms.timerPrUge(), terms.intensitet(), terms.timeloen(),
                terms.pensionProcent(), terms.fuldtidsloen(), terms.foersteFleksjob());
            audit.append(c, who, "RET_ANSAETTELSE", "ansaettelse", employmentId, personId, "CVR " + terms.cvr()
                + foersteFleksjobText(terms));
            return new Employment(employmentId, personId, terms, expectedVersion + 1);
        });
    }

    public CaseEvent registerEvent(Caseworker who, long personId, CaseEvent.Type type, LocalDate dato, String note) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dato, "dato");
        return db.tx(c -> {
            requirePerson(c, who, personId);
            var now = clock.instant();
            long id = Db.insert(c, "insert into haendelse (person_id, haendelsestype, dato, note, registreret_af, registreret) "
                + "values (?, ?, ?, ?, ?, ?)", personId, type, dato, note, who.ident(), now);
            audit.append(c, who, "REGISTRER_HAENDELSE", "haendelse", id, personId, type + " " + dato);
            return new CaseEvent(id, personId, type, dato, note, who.ident(), now);
        });
    }

    // ---- reading a case ------------------------------------------------------------------------------------

    public CaseFile caseFile(Caseworker who, long personId) {
        return db.tx(c -> new CaseFile(requirePerson(c, who, personId),
            Db.query(c, "select * from visitation where person_id = ? order by dato, id", Cases::mapVisitation, personId),
            Db.query(c, "select * from bevilling where person_id = ? order by fra, id", Cases::mapBevilling, personId),
            Db.query(c, "select * from ansaettelse where person_id = ? order by fra, id", Cases::mapEmployment, personId),
            Db.query(c, "select * from haendelse where person_id = ? order by dato, id", Cases::mapEvent, personId),
            Db.query(c, "select * from udbetaling where person_id = ? order by maaned, loebenummer", Cases::mapPayout,
                personId),
            Db.query(c, "select * from flag where person_id = ? order by maaned, id", Cases::mapFlag, personId)));
    }

    /**
     * The basics of every case the caseworker sees, in the order of {@link #persons}: one query per table for all
     * cases, not a {@link #caseFile} (seven queries, with every payout) per case. Each list is ordered as there.
     */
    public List<CaseBasics> caseBasics(Caseworker who) {
        return db.tx(c -> {
            List<Person> persons = Db.query(c, "select * from person p where 1 = 1" + scope(who)
                + " order by p.navn, p.id", Cases::mapPerson, scopeParams(who));
            Map<Long, List<Visitation>> visitationer = byPerson(Db.query(c, rowsInScope("visitation", "dato", who),
                Cases::mapVisitation, scopeParams(who)), Visitation::personId);
            Map<Long, List<Bevilling>> bevillinger = byPerson(Db.query(c, rowsInScope("bevilling", "fra", who),
                Cases::mapBevilling, scopeParams(who)), Bevilling::personId);
            Map<Long, List<Employment>> ansaettelser = byPerson(Db.query(c, rowsInScope("ansaettelse", "fra", who),
                Cases::mapEmployment, scopeParams(who)), Employment::personId);
            return persons.stream().map(p -> new CaseBasics(p, visitationer.getOrDefault(p.id(), List.of()),
                bevillinger.getOrDefault(p.id(), List.of()), ansaettelser.getOrDefault(p.id(), List.of()))).toList();
        });
    }

    /** The rows of a case's table for every person in the caseworker's scope, by person, then by date and id. */
    private static String rowsInScope(String table, String dateColumn, Caseworker who) {
        return "select t.* from " + table + " t join person p on p.id = t.person_id where 1 = 1" + scope(who)
            + " order by t.person_id, t." + dateColumn + ", t.id";
    }

    /** The rows grouped by person, each group in the order read. */
    private static <T> Map<Long, List<T>> byPerson(List<T> rows, Function<T, Long> personId) {
        return rows.stream().collect(Collectors.groupingBy(personId, Collectors.toUnmodifiableList()));
    }

    // ---- one row of a case: checked to belong to the case, the case to the caseworker's jobcentre -------------

    public Visitation visitation(Caseworker who, long personId, long id) {
        return row(who, personId, "visitation", id, Cases::mapVisitation, "visitation");
    }

    public Bevilling bevilling(Caseworker who, long personId, long id) {
        return row(who, personId, "bevilling", id, Cases::mapBevilling, "bevilling");
    }

    public Employment ansaettelse(Caseworker who, long personId, long id) {
        return row(who, personId, "ansaettelse", id, Cases::mapEmployment, "ansættelse");
    }

    public CaseEvent haendelse(Caseworker who, long personId, long id) {
        return row(who, personId, "haendelse", id, Cases::mapEvent, "hændelse");
    }

    public Payout udbetaling(Caseworker who, long personId, long id) {
        return row(who, personId, "udbetaling", id, Cases::mapPayout, "udbetaling");
    }

    public CaseFlag flag(Caseworker who, long personId, long id) {
        return row(who, personId, "flag", id, Cases::mapFlag, "punkt");
    }

    /** One query, not a {@link #caseFile}: a row of another case, or of another jobcentre's, is not found. */
    private <T> T row(Caseworker who, long personId, String table, long id, Db.Row<T> mapper, String what) {
        return db.tx(c -> Db.query(c, "select t.* from " + table + " t join person p on p.id = t.person_id "
                + "where t.id = ? and t.person_id = ?" + scope(who), mapper, scopeParams(who, id, personId)).stream()
            .findFirst().orElseThrow(() -> new NotFoundException(what, id)));
    }

    /** The explanation of a payout, exactly as stored when it was computed. */
    public Explanation explanation(Caseworker who, long payoutId) {
        return db.tx(c -> Json.explanation(storedExplanation(c, who, payoutId), keys -> blocks(c, keys)));
    }

    /** The explanation of a payout as the JSON text the rules produced (for the API). */
    public String explanationJson(Caseworker who, long payoutId) {
        return db.tx(c -> Json.explanationJson(storedExplanation(c, who, payoutId), keys -> blocks(c, keys)));
    }

    private byte[] storedExplanation(Connection c, Caseworker who, long payoutId) throws SQLException {
        ownerOf(c, who, "udbetaling", payoutId);
        return Db.query(c, "select forklaring from udbetaling where id = ?", rs -> rs.getBytes(1), payoutId).get(0);
    }

    /** The paragraphs and parameter values an explanation names, by key (see {@link StoredExplanation}). */
    private static Map<String, String> blocks(Connection c, Collection<String> keys) {
        Map<String, String> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        try {
            Db.query(c, "select noegle, indhold from forklaring_blok where noegle in ("
                    + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")",
                rs -> out.put(rs.getString(1), rs.getString(2)), keys.toArray());
        } catch (SQLException e) {
            throw new StoreException("kunne ikke læse forklaringen", e);
        }
        return out;
    }

    public List<Payout> payouts(Caseworker who, YearMonth month) {
        return db.tx(c -> Db.query(c, "select u.* from udbetaling u join person p on p.id = u.person_id where "
            + "u.maaned = ?" + scope(who) + " order by u.person_id, u.loebenummer", Cases::mapPayout,
            scopeParams(who, month)));
    }

    // ---- flags and decisions -------------------------------------------------------------------------------

    /** The points waiting for a caseworker in the jobcentre, oldest month first. */
    public List<CaseFlag> openFlags(Caseworker who) {
        return db.tx(c -> Db.query(c, "select f.* from flag f join person p on p.id = f.person_id where "
            + "f.status = 'AABEN'" + scope(who) + " order by f.maaned, f.id", Cases::mapFlag, scopeParams(who)));
    }

    public CaseFlag resolveFlag(Caseworker who, long flagId, int expectedVersion, String afklaring) {
        String text = requireText(afklaring, "afklaring");
        return db.tx(c -> {
            long personId = ownerOf(c, who, "flag", flagId);
            CaseFlag flag = Db.query(c, "select * from flag where id = ?", Cases::mapFlag, flagId).get(0);
            if (flag.version() != expectedVersion) {
                throw new ConcurrentChangeException("flag", flagId);
            }
            // A settled point keeps the reason it was settled with (its version alone would let it be settled again).
            if (flag.status() != CaseFlag.Status.AABEN) {
                throw new InvalidInputException("status", "punktet er allerede afklaret");
            }
            settleFlag(c, who, flagId, expectedVersion, personId, text);
            return Db.query(c, "select * from flag where id = ?", Cases::mapFlag, flagId).get(0);
        });
    }

    /** What the point's settlement says before the reason when a negative efterregulering is approved. */
    public static final String GODKENDT = "Efterreguleringen er godkendt: ";
    /** … and when it is dropped; the longer of the two, which bounds the reason (flag.afklaring holds 2000). */
    public static final String FRAFALDET = "Efterreguleringen er frafaldet: ";

    /**
     * A caseworker's decision on a pending (negative) efterregulering: approve it (it may then be set off as BEK
     * § 3, stk. 4 says) or decide not to collect it.
     */
    public Payout decidePayout(Caseworker who, long payoutId, int expectedVersion, boolean approve, String begrundelse) {
        String text = requireText(begrundelse, "begrundelse");
        return db.tx(c -> {
            long personId = ownerOf(c, who, "udbetaling", payoutId);
            Payout p = Db.query(c, "select * from udbetaling where id = ?", Cases::mapPayout, payoutId).get(0);
            if (p.version() != expectedVersion) {
                throw new ConcurrentChangeException("udbetaling", payoutId);
            }
            if (p.status() != Payout.Status.AFVENTER) {
                throw new InvalidInputException("status", "udbetalingen afventer ikke en afgørelse");
            }
            Payout.Status next = approve ? Payout.Status.GODKENDT : Payout.Status.AFVIST;
            bump(c, "udbetaling", payoutId, expectedVersion, "status = ?", next);
            audit.append(c, who, "AFGOER_UDBETALING", "udbetaling", payoutId, personId, next + ": " + text);
            // The decision is the answer to the payout's point "skal afklares" (forvaltningsloven § 19): settle it
            // with the same reason, so the case does not keep showing an open point already decided.
            String afklaring = (approve ? GODKENDT : FRAFALDET) + text;
            for (CaseFlag f : Db.query(c, "select * from flag where person_id = ? and maaned = ? and "
                + "udbetaling_loebenummer = ? and kode = 'NEGATIV_EFTERREGULERING' and status = 'AABEN'", Cases::mapFlag,
                personId, p.maaned(), p.loebenummer())) {
                settleFlag(c, who, f.id(), f.version(), personId, afklaring);
            }
            return Db.query(c, "select * from udbetaling where id = ?", Cases::mapPayout, payoutId).get(0);
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    static String scope(Caseworker who) {
        return who.isSystem() ? "" : " and p.jobcenter = ?";
    }

    static Object[] scopeParams(Caseworker who, Object... before) {
        if (who.isSystem()) {
            return before;
        }
        Object[] out = java.util.Arrays.copyOf(before, before.length + 1);
        out[before.length] = who.jobcenter();
        return out;
    }

    static Person requirePerson(Connection c, Caseworker who, long personId) throws SQLException {
        return Db.query(c, "select * from person p where id = ?" + scope(who), Cases::mapPerson,
            scopeParams(who, personId)).stream().findFirst().orElseThrow(() -> new NotFoundException("Sag", personId));
    }

    /** The person a record belongs to, if that person is in the caseworker's jobcentre. */
    private static long ownerOf(Connection c, Caseworker who, String table, long id) throws SQLException {
        return Db.query(c, "select t.person_id from " + table + " t join person p on p.id = t.person_id where t.id = ?"
            + scope(who), rs -> rs.getLong(1), scopeParams(who, id)).stream().findFirst()
            .orElseThrow(() -> new NotFoundException(table, id));
    }

    /** Optimistic locking: the update applies only to the version the caseworker read. */
    private void settleFlag(Connection c, Caseworker who, long flagId, int expectedVersion, long personId, String text)
        throws SQLException {
        bump(c, "flag", flagId, expectedVersion, "status = 'AFKLARET', afklaret_af = ?, afklaret = ?, afklaring = ?",
            who.ident(), clock.instant(), text);
        audit.append(c, who, "AFKLAR_FLAG", "flag", flagId, personId, text);
    }

    private static void bump(Connection c, String table, long id, int expectedVersion, String set, Object... values)
        throws SQLException {
        Object[] params = java.util.Arrays.copyOf(values, values.length + 2);
        params[values.length] = id;
        params[values.length + 1] = expectedVersion;
        int n = Db.update(c, "update " + table + " set " + set + ", version = version + 1 where id = ? and version = ?",
            params);
        if (n != 1) {
            throw new ConcurrentChangeException(table, id);
        }
    }

    private static String requireText(String s, String field) {
        if (s == null || s.isBlank()) {
            throw new InvalidInputException(field, "skal udfyldes");
        }
        return s.strip();
    }

    private static void requireNonNegative(BigDecimal v, String field) {
        if (v == null || v.signum() < 0) {
            throw new InvalidInputException(field, "skal være et tal på 0 eller mere");
        }
    }

    private static void requireIntensity(BigDecimal v) {
        if (v == null || v.signum() <= 0 || v.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException("intensitet", "intensiteten skal være over 0 og højst 1");
        }
    }

    private static void checkPeriod(LocalDate fra, LocalDate til) {
        Objects.requireNonNull(fra, "fra");
        if (til != null && til.isBefore(fra)) {
            throw new InvalidInputException("til", "slutdatoen ligger før startdatoen");
        }
    }

    private static void check(Employment.Terms t) {
        Objects.requireNonNull(t.cvr(), "cvr");
        checkPeriod(t.fra(), t.til());
        requireNonNegative(t.timerPrUge(), "timerPrUge");
        requireIntensity(t.intensitet());
        requireNonNegative(t.timeloen(), "timeloen");
        requireNonNegative(t.pensionProcent(), "pensionProcent");
        if (t.fuldtidsloen() != null) {
            requireNonNegative(t.fuldtidsloen(), "fuldtidsloen");
        }
    }

    private static String foersteFleksjobText(Employment.Terms t) {
        return t.foersteFleksjob() == null ? "" : t.foersteFleksjob() ? ", første fleksjob" : ", ikke første fleksjob";
    }

    static Person mapPerson(ResultSet rs) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("jobcenter"), Cpr.of(rs.getString("cpr")), rs.getString("navn"),
            rs.getInt("version"));
    }

    static Visitation mapVisitation(ResultSet rs) throws SQLException {
        return new Visitation(rs.getLong("id"), rs.getLong("person_id"), Db.date(rs, "dato"),
            rs.getBigDecimal("timer_pr_uge"), rs.getBigDecimal("intensitet"), rs.getString("ledighedsydelse_kategori"),
            rs.getInt("version"));
    }

    static Bevilling mapBevilling(ResultSet rs) throws SQLException {
        return new Bevilling(rs.getLong("id"), rs.getLong("person_id"), Bevilling.Type.valueOf(rs.getString("bevillingstype")),
            Db.date(rs, "fra"), Db.date(rs, "til"), rs.getInt("version"));
    }

    static Employment mapEmployment(ResultSet rs) throws SQLException {
        return new Employment(rs.getLong("id"), rs.getLong("person_id"), new Employment.Terms(
            new Cvr(rs.getString("cvr")), Db.date(rs, "fra"), Db.date(rs, "til"), rs.getBigDecimal("timer_pr_uge"),
            rs.getBigDecimal("intensitet"), rs.getBigDecimal("timeloen"), rs.getBigDecimal("pension_procent"),
            rs.getBigDecimal("fuldtidsloen"), Db.booleanOrNull(rs, "foerste_fleksjob")), rs.getInt("version"));
    }

    static CaseEvent mapEvent(ResultSet rs) throws SQLException {
        return new CaseEvent(rs.getLong("id"), rs.getLong("person_id"), CaseEvent.Type.valueOf(rs.getString("haendelsestype")),
            Db.date(rs, "dato"), rs.getString("note"), rs.getString("registreret_af"), Db.instant(rs, "registreret"));
    }

    static Payout mapPayout(ResultSet rs) throws SQLException {
        return new Payout(rs.getLong("id"), rs.getLong("person_id"), YearMonth.parse(rs.getString("maaned")),
            rs.getInt("loebenummer"), Payout.Art.valueOf(rs.getString("art")), Payout.Status.valueOf(rs.getString("status")),
            Db.longOrNull(rs, "refererer_til"), rs.getBigDecimal("beregnet_tilskud"), rs.getBigDecimal("beregnet_atp"),
            rs.getBigDecimal("tilskud"), rs.getBigDecimal("atp"), rs.getBigDecimal("udbetalt"),
            rs.getString("grundlag_sha256"), StoredGrundlag.read(rs), rs.getString("regelversion"),
            Db.longOrNull(rs, "koersel_id"), Db.instant(rs, "oprettet"), rs.getInt("version"));
    }

    static CaseFlag mapFlag(ResultSet rs) throws SQLException {
        return new CaseFlag(rs.getLong("id"), rs.getLong("person_id"), YearMonth.parse(rs.getString("maaned")),
            Db.intOrNull(rs, "udbetaling_loebenummer"), rs.getString("kode"), rs.getString("hjemmel"),
            rs.getString("tekst"), CaseFlag.Status.valueOf(rs.getString("status")), Db.instant(rs, "oprettet"),
            rs.getString("afklaret_af"), Db.instant(rs, "afklaret"), rs.getString("afklaring"), rs.getInt("version"));
    }
}
