package dk.fleksjob.store;

import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudSatser;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.Rates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Den månedlige udbetalingskørsel — the monthly payout run of fleksløntilskud.
 *
 * <ol>
 *   <li>Import the month's income file ({@link IncomeCsv}) in one transaction: every line is checked and a file
 *       with any fault is not imported at all. The same file for the same month is imported once.</li>
 *   <li>For every person with a fleksjob in the month before (the wage month), compute the subsidy for the
 *       month with the rules (LAB § 123; BEK om fleksløntilskud §§ 3–4) and store it with its input, explanation
 *       and rules version. Lines for earlier months are corrections: the month they belong to is computed again,
 *       and a difference becomes an efterregulering that references the original payout (BEK § 4, stk. 4).</li>
 * </ol>
 *
 * <p>The two overlap: once the file is checked, its lines are written on a thread of their own while the months are
 * computed from the checked lines in memory, and the payouts are written only after the import is committed.
 *
 * <p><b>Never against the citizen automatically.</b> The run pays what the rules give. It never stops or lowers a
 * payment on its own: missing income, a passed grant end, an unusual change, a line that needs judgement, a
 * negative difference — each becomes a flag "skal afklares" with the paragraph and the reason. A negative
 * efterregulering is stored as waiting (AFVENTER) for a caseworker's decision and is not collected.
 *
 * <p><b>Idempotent and restartable.</b> Each payout is a row with the unique key (person, month, sequence number),
 * written with its flags in one transaction (a chunk of persons per transaction). A row is written only if the
 * month's input differs from the latest row's ({@code grundlag_sha256}), so re-running a month changes nothing and
 * a run killed at any point and started again ends where an uninterrupted run ends.
 */
public final class PayoutRun {

    private static final Logger LOG = LoggerFactory.getLogger(PayoutRun.class);

    /**
     * @param unusualChange    a subsidy that changes by more than this fraction from the month before is flagged
     *                         (an operational choice, not a rule of law: it only decides what a caseworker looks at)
     * @param chunkSize        persons per transaction
     * @param correctionMonths how far back a correction is regulated automatically (BEK § 4, stk. 4: »Efterregulering
     *                         kan foretages for en periode på op til 12 måneder«)
     * @param ahead            how many persons' payouts may be computed and wait to be written (bounds the memory the
     *                         run takes: about 1 KB a person)
     * @param writers          how many chunks are written at a time, each on a connection of its own
     */
    public record Options(BigDecimal unusualChange, int chunkSize, int correctionMonths, int ahead, int writers) {
        public static Options defaults() {
            // A national month (110.000 persons) is computed while its income is imported: about 100 MB waiting.
            // Once the import is committed, the waiting payouts are written two chunks at a time: one database
            // connection alone kept the run waiting for several seconds after the computing was done.
            return new Options(new BigDecimal("0.25"), 500, 12, 110_000, 2);
        }

        public Options withChunkSize(int size) {
            return new Options(unusualChange, size, correctionMonths, ahead, writers);
        }
    }

    /** The import step's outcome. */
    public record ImportOutcome(boolean accepted, boolean alreadyImported, long importId, int lines,
                                List<IncomeCsv.Rejection> rejections) {
    }

    /**
     * What a run did. Counts are of rows written by this run; a re-run writes none.
     *
     * @param ordinary        new ordinary payouts
     * @param unchanged       person-months whose input was unchanged (nothing written)
     * @param corrections     new efterreguleringer to be paid (difference ≥ 0)
     * @param pending         new negative efterreguleringer waiting for a decision
     * @param flags           new flags
     * @param udbetalt        sum of what the new rows pay (ordinary + positive differences, after ATP)
     */
    public record Result(YearMonth maaned, ImportOutcome indkomst, int persons, int ordinary, int unchanged,
                         int corrections, int pending, int flags, BigDecimal udbetalt, Duration importTime,
                         Duration payoutTime) {
        public boolean rejected() {
            return !indkomst.accepted();
        }
    }

    private final Db db;
    private final AuditLog audit;
    private final Clock clock;
    private final Options options;
    private final Rates rates = Rates.standard();
    /** Keys of the explanation blocks known to be in the table (read at the start of each month's computation). */
    private final Set<String> storedBlocks = ConcurrentHashMap.newKeySet();

    PayoutRun(Db db, AuditLog audit, Clock clock, Options options) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.options = options;
    }

    public Result run(Caseworker who, YearMonth month, Path file) {
        try {
            return run(who, month, Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result run(Caseworker who, YearMonth month, byte[] file, String fileName) {
        // Fails at once, before anything is imported, for a month the rates do not cover.
        FleksloentilskudSatser.forMonth(month, rates, Explainer.off());
        long t0 = System.nanoTime();
        String sha = PayoutCalculation.sha256(file);
        IncomeCsv.Result parsed = IncomeCsv.parse(file, month, personsByCpr(who));
        if (!parsed.accepted()) {
            LOG.info("Indkomstfil for {} afvist: {} fejl; intet importeret", month, parsed.rejections().size());
            audit.append(who, "INDKOMST_AFVIST", "måned " + month + ", " + parsed.rejections().size() + " fejl");
            return new Result(month, new ImportOutcome(false, false, 0, 0, parsed.rejections()), 0, 0, 0, 0, 0, 0,
                Kroner.ZERO, Duration.ofNanos(System.nanoTime() - t0), Duration.ZERO);
        }
        // The checked lines go to the database on a thread of their own while the month is computed from them:
        // the import is the database's work, the rules are the processor's. Nothing of the run is written before
        // the import is committed (Writes), so a run that fails or is killed leaves what an uninterrupted run would
        // have left before its payouts.
        CompletableFuture<Long> importId = new CompletableFuture<>();
        ExecutorService importer = Executors.newSingleThreadExecutor(daemon("indkomst-import"));
        Future<Imported> importing = importer.submit(() -> new Imported(importIncome(who, month, sha, parsed, fileName,
            importId), System.nanoTime() - t0));
        importer.shutdown();
        // A failed import fails the id too, with the import's own exception.
        long id = await(importId);
        long t1 = System.nanoTime();
        Tally tally = new Tally();
        long runId;
        try (Writes writes = new Writes(who, month, importing)) {
            for (YearMonth corrected : correctionMonths(parsed, month)) {
                YearMonth payoutMonth = corrected.plusMonths(1);
                Set<Long> persons = personsWithIncome(parsed, corrected);
                if (payoutMonth.isBefore(month.minusMonths(options.correctionMonths()))) {
                    flagTooOld(persons, payoutMonth, id, writes, tally);
                } else {
                    computeMonth(who, payoutMonth, persons, new Overlay(id, parsed, corrected), writes, tally);
                }
            }
            computeMonth(who, month, null, new Overlay(id, parsed, month.minusMonths(1)), writes, tally);
            runId = writes.finish(tally);
        }
        Imported imported = await(importing);
        LOG.info("Udbetalingskørsel {} for {}: {}", runId, month, tally.summary());
        return new Result(month, imported.outcome(), tally.persons, tally.ordinary, tally.unchanged, tally.corrections,
            tally.pending, tally.flags, tally.udbetalt, Duration.ofNanos(imported.nanos()),
            Duration.ofNanos(System.nanoTime() - t1));
    }

    /** The import's outcome and how long it took from the start of the run. */
    private record Imported(ImportOutcome outcome, long nanos) {
    }

    // ---- import --------------------------------------------------------------------------------------------

    private Map<String, Long> personsByCpr(Caseworker who) {
        return db.tx(c -> {
            Map<String, Long> m = new HashMap<>();
            Db.query(c, "select p.id, p.cpr from person p where 1 = 1" + Cases.scope(who), rs -> m.put(rs.getString(2),
                rs.getLong(1)), Cases.scopeParams(who));
            return m;
        });
    }

    /**
     * Imports the checked lines in one transaction, the same file for the same month once. Completes
     * {@code importId} as soon as the import's id is known (before its lines are written).
     */
    private ImportOutcome importIncome(Caseworker who, YearMonth month, String sha, IncomeCsv.Result parsed,
                                       String fileName, CompletableFuture<Long> importId) {
        try {
            return db.tx(c -> {
                List<Long> existing = Db.query(c, "select id from indkomst_import where maaned = ? and fil_sha256 = ?",
                    rs -> rs.getLong(1), month, sha);
                if (!existing.isEmpty()) {
                    importId.complete(existing.get(0));
                    return new ImportOutcome(true, true, existing.get(0), parsed.lines().size(), List.of());
                }
                long id = Db.insert(c, "insert into indkomst_import (maaned, fil_sha256, filnavn, raekker, "
                    + "importeret_af, importeret) values (?, ?, ?, ?, ?, ?)", month, sha, fileName, parsed.lines().size(),
                    who.ident(), clock.instant());
                importId.complete(id);
                insertLines(c, id, parsed.lines());
                audit.append(c, who, "INDKOMST_IMPORTERET", "indkomst_import", id, null, "måned " + month + ", "
                    + parsed.lines().size() + " linjer, fil " + fileName);
                return new ImportOutcome(true, false, id, parsed.lines().size(), List.of());
            });
        } catch (RuntimeException e) {
            importId.completeExceptionally(e);
            throw e;
        }
    }

    private static void insertLines(Connection c, long importId, List<IncomeCsv.Line> lines) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into indkomst (import_id, linje, person_id, cvr, "
            + "maaned, loen, pension_ansat, pension_arbejdsgiver, timer) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (IncomeCsv.Line l : lines) {
                ps.setLong(1, importId);
                ps.setInt(2, l.line());
                ps.setLong(3, l.personId());
                ps.setString(4, l.cvr());
                ps.setString(5, l.maaned().toString());
                ps.setBigDecimal(6, l.loen());
                ps.setBigDecimal(7, l.pensionAnsat());
                ps.setBigDecimal(8, l.pensionArbejdsgiver());
                ps.setBigDecimal(9, l.timer());
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Earlier months the file corrects (lines for months before the wage month), oldest first. */
    private static List<YearMonth> correctionMonths(IncomeCsv.Result parsed, YearMonth month) {
        YearMonth wageMonth = month.minusMonths(1);
        return parsed.lines().stream().map(IncomeCsv.Line::maaned).filter(m -> m.isBefore(wageMonth)).distinct()
            .sorted().toList();
    }

    private static Set<Long> personsWithIncome(IncomeCsv.Result parsed, YearMonth incomeMonth) {
        Set<Long> persons = new HashSet<>();
        for (IncomeCsv.Line l : parsed.lines()) {
            if (l.maaned().equals(incomeMonth)) {
                persons.add(l.personId());
            }
        }
        return persons;
    }

    /**
     * This file's lines for one income month, as they will read from the table once the import is committed: the
     * month is computed from them while they are being written.
     */
    private record Overlay(long importId, IncomeCsv.Result parsed, YearMonth incomeMonth) {
        void applyTo(Map<Long, Map<String, PayoutCalculation.Income>> income) {
            for (IncomeCsv.Line l : parsed.lines()) {
                if (l.maaned().equals(incomeMonth)) {
                    // The newest import: its line replaces any earlier one for the person, CVR and month.
                    income.computeIfAbsent(l.personId(), k -> new HashMap<>()).put(l.cvr(),
                        new PayoutCalculation.Income(importId, l.line(), l.cvr(), l.loen(), l.pensionAnsat(),
                            l.pensionArbejdsgiver(), l.timer()));
                }
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    // ---- one payout month ----------------------------------------------------------------------------------

    /** Everything the month needs, loaded in bulk. */
    private static final class MonthData {
        final Map<Long, List<Employment>> employments = new HashMap<>();
        final Map<Long, List<Bevilling>> grants = new HashMap<>();
        final Map<Long, List<CaseEvent>> events = new HashMap<>();
        final Map<Long, Map<String, PayoutCalculation.Income>> income = new HashMap<>();
        final Map<Long, Latest> latest = new HashMap<>();
        final Map<Long, BigDecimal> previousMonth = new HashMap<>();
        final Set<String> flagKeys = new HashSet<>();
    }

    /** The newest row of a person's month and the id of its ordinary payout. */
    private record Latest(int loebenummer, String sha256, BigDecimal beregnetTilskud, BigDecimal beregnetAtp,
                          long originalId) {
    }

    /**
     * Each person's subsidy of a month (the parameter), the newest row last, within {@code scope}: for the
     * unusual-change check, read for the month before. On H2 from the index of V9 alone (db/vendor/h2).
     */
    static String subsidiesOfMonth(String scope) {
        return "select person_id, beregnet_tilskud from udbetaling t where t.maaned = ?" + scope
            + " order by t.loebenummer";
    }

    private MonthData load(Caseworker who, YearMonth month, Overlay overlay) {
        YearMonth wageMonth = month.minusMonths(1);
        String scope = who.isSystem() ? "" : " and t.person_id in (select id from person p where p.jobcenter = ?)";
        return db.tx(c -> {
            MonthData d = new MonthData();
            Db.query(c, "select * from ansaettelse t where t.fra <= ? and (t.til is null or t.til >= ?)" + scope,
                rs -> d.employments.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>())
                    .add(Cases.mapEmployment(rs)), Cases.scopeParams(who, wageMonth.atEndOfMonth(), wageMonth.atDay(1)));
            Db.query(c, "select * from bevilling t where 1 = 1" + scope, rs -> d.grants.computeIfAbsent(
                rs.getLong("person_id"), k -> new ArrayList<>()).add(Cases.mapBevilling(rs)), Cases.scopeParams(who));
            Db.query(c, "select * from haendelse t where t.dato >= ? and t.dato <= ?" + scope,
                rs -> d.events.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>()).add(Cases.mapEvent(rs)),
                Cases.scopeParams(who, wageMonth.atDay(1), month.atEndOfMonth()));
            // Later imports replace earlier lines for the same person, CVR and month: read in import order.
            Db.query(c, "select * from indkomst t where t.maaned = ?" + scope + " order by t.import_id, t.linje",
                rs -> d.income.computeIfAbsent(rs.getLong("person_id"), k -> new HashMap<>()).put(rs.getString("cvr"),
                    new PayoutCalculation.Income(rs.getLong("import_id"), rs.getInt("linje"), rs.getString("cvr"),
                        rs.getBigDecimal("loen"), rs.getBigDecimal("pension_ansat"),
                        rs.getBigDecimal("pension_arbejdsgiver"), rs.getBigDecimal("timer"))),
                Cases.scopeParams(who, wageMonth));
            overlay.applyTo(d.income);
            Map<Long, Long> originals = new HashMap<>();
            Db.query(c, "select person_id, id from udbetaling t where t.maaned = ? and t.loebenummer = 1" + scope,
                rs -> originals.put(rs.getLong(1), rs.getLong(2)), Cases.scopeParams(who, month));
            Db.query(c, "select person_id, loebenummer, grundlag_sha256, beregnet_tilskud, beregnet_atp from udbetaling t "
                    + "where t.maaned = ?" + scope + " order by t.loebenummer",
                rs -> d.latest.put(rs.getLong(1), new Latest(rs.getInt(2), rs.getString(3), rs.getBigDecimal(4),
                    rs.getBigDecimal(5), originals.get(rs.getLong(1)))), Cases.scopeParams(who, month));
            Db.query(c, subsidiesOfMonth(scope),
                rs -> d.previousMonth.put(rs.getLong(1), rs.getBigDecimal(2)),
                Cases.scopeParams(who, month.minusMonths(1)));
            Db.query(c, "select noegle from flag t where t.maaned = ?" + scope, rs -> d.flagKeys.add(rs.getString(1)),
                Cases.scopeParams(who, month));
            return d;
        });
    }

    /** One row to write, with its flags. */
    private record Pending(long personId, YearMonth month, int loebenummer, Payout.Art art, Payout.Status status,
                           Long refererTil, BigDecimal beregnetTilskud, BigDecimal beregnetAtp, BigDecimal tilskud,
                           BigDecimal atp, String sha, byte[] grundlag, EncodedExplanation forklaring,
                           List<PayoutCalculation.PendingFlag> flags) {
    }

    /**
     * A payout's stored explanation and the blocks it names that were not yet in the table when it was computed
     * (nearly always none: only the month's first payouts name new blocks, and the list is all a waiting payout
     * keeps of them).
     */
    private record EncodedExplanation(byte[] stored, List<String> unstoredBlocks) {
    }

    private EncodedExplanation explanation(PayoutCalculation.Computation comp) {
        StoredExplanation.Encoded e = StoredExplanation.encode(comp.result().forklaring());
        List<String> unstored = null;
        for (String k : e.blocks()) {
            if (!storedBlocks.contains(k)) {
                if (unstored == null) {
                    unstored = new ArrayList<>();
                }
                unstored.add(k);
            }
        }
        return new EncodedExplanation(e.bytes(), unstored == null ? List.of() : unstored);
    }

    /** A flag not tied to a payout (no row was written for the person-month). */
    private record LooseFlag(long personId, YearMonth month, String key, PayoutCalculation.PendingFlag flag) {
    }

    private record Outcome(Pending payout, LooseFlag loose, boolean unchanged) {
    }

    private void computeMonth(Caseworker who, YearMonth month, Set<Long> only, Overlay overlay, Writes writes,
                              Tally tally) {
        // The month before may just have been corrected by this run, and its newest rows are read below.
        writes.drain();
        MonthData d = load(who, month, overlay);
        db.tx(c -> Db.query(c, "select noegle from forklaring_blok", rs -> storedBlocks.add(rs.getString(1))));
        TreeSet<Long> persons = new TreeSet<>(d.employments.keySet());
        persons.addAll(d.income.keySet());
        if (only != null) {
            persons.retainAll(only);
        }
        List<Long> all = new ArrayList<>(persons);
        for (int from = 0; from < all.size(); from += options.chunkSize()) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + options.chunkSize()));
            // The rules and the explanation (most of the work) run on all cores; the writing overlaps them.
            List<Outcome> outcomes = chunk.parallelStream().map(p -> decide(p, month, d)).toList();
            writes.submit(outcomes);
            tally.add(outcomes);
        }
    }

    /**
     * The run's writes: one transaction per chunk, {@link Options#writers} chunks at a time, each writing thread on a
     * connection of its own kept for the run (without a pool, PostgreSQL starts a server process for each new
     * connection). Chunks are of different persons, so the order they are committed in does not matter. Nothing is
     * written before the import is committed; the run's own row (koersel) is written first. Computing may run
     * {@link Options#ahead} persons ahead of the writing — while the import is being written, and to even out the
     * two — which bounds the memory it takes.
     */
    private final class Writes implements AutoCloseable {
        private final Caseworker who;
        private final YearMonth month;
        private final Future<Imported> importing;
        private final ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, options.writers()),
            daemon("udbetaling-skriver"));
        private final Deque<Future<?>> pending = new ArrayDeque<>();
        /** Each writing thread's connection; all are closed at the end. */
        private final ThreadLocal<Connection> out = new ThreadLocal<>();
        private final List<Connection> opened = new ArrayList<>();
        private Long runId;

        Writes(Caseworker who, YearMonth month, Future<Imported> importing) {
            this.who = who;
            this.month = month;
            this.importing = importing;
        }

        void submit(List<Outcome> outcomes) {
            while (pending.size() >= Math.max(1, options.ahead() / options.chunkSize())) {
                await(pending.removeFirst());
            }
            pending.add(threads.submit(() -> write(connection(), outcomes, runId())));
        }

        /** Waits until everything submitted is written. */
        void drain() {
            while (!pending.isEmpty()) {
                await(pending.removeFirst());
            }
        }

        /** Ends the run: its row is written (also when nothing else was) and closed with what the run did. */
        long finish(Tally tally) {
            drain();
            return await(threads.submit(() -> {
                long id = runId();
                Db.tx(connection(), c -> {
                    Db.update(c, "update koersel set afsluttet = ? where id = ?", clock.instant(), id);
                    audit.append(c, who, "UDBETALINGSKOERSEL_SLUT", "koersel", id, null, tally.summary());
                    return null;
                });
                return id;
            }));
        }

        private Connection connection() {
            Connection c = out.get();
            if (c == null) {
                c = db.open();
                out.set(c);
                synchronized (opened) {
                    opened.add(c);
                }
            }
            return c;
        }

        /** The run's row, written by the first chunk to be written. */
        private synchronized long runId() {
            if (runId == null) {
                ImportOutcome imported = await(importing).outcome();
                runId = Db.tx(connection(), c -> {
                    long id = Db.insert(c, "insert into koersel (maaned, import_id, bruger, startet) values (?, ?, ?, ?)",
                        month, imported.importId(), who.ident(), clock.instant());
                    audit.append(c, who, "UDBETALINGSKOERSEL_START", "koersel", id, null, "måned " + month
                        + ", import " + imported.importId());
                    return id;
                });
            }
            return runId;
        }

        @Override
        public void close() {
            threads.shutdownNow();
            try {
                if (!threads.awaitTermination(5, TimeUnit.MINUTES)) {
                    LOG.warn("Udbetalingskørslens skrivning stoppede ikke");
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            synchronized (opened) {
                opened.forEach(PayoutRun::closeQuietly);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("Forbindelsen til databasen kunne ikke lukkes (SQLState {})", e.getSQLState());
        }
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("udbetalingskørslen blev afbrudt");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("udbetalingskørslen fejlede", e.getCause());
        }
    }

    private Outcome decide(long personId, YearMonth month, MonthData d) {
        List<Employment> jobs = d.employments.getOrDefault(personId, List.of());
        Map<String, PayoutCalculation.Income> income = d.income.getOrDefault(personId, Map.of());
        if (jobs.isEmpty()) {
            String cvrs = String.join(", ", new TreeSet<>(income.keySet()));
            return loose(personId, month, d, "INDKOMST_UDEN_FLEKSJOB", PayoutCalculation.LAB_FLEKSJOB,
                "Der er indberettet løn (CVR " + cvrs + ") for " + DanishDates.format(month.minusMonths(1))
                    + ", men ingen fleksjobansættelse i måneden er registreret, så der er ikke beregnet tilskud. "
                    + "Kontrollér, om ansættelsen mangler i sagen.", cvrs);
        }
        PayoutCalculation.Computation comp;
        Latest latest = d.latest.get(personId);
        try {
            PayoutCalculation.Prepared prepared = PayoutCalculation.prepare(month, jobs, income,
                d.grants.getOrDefault(personId, List.of()), d.events.getOrDefault(personId, List.of()));
            if (latest != null && latest.sha256().equals(prepared.sha256())) {
                // Same input as the latest row: nothing to compute or write (a re-run, or a restart after a kill).
                return new Outcome(null, null, true);
            }
            comp = PayoutCalculation.calculate(prepared, rates);
        } catch (RuntimeException e) {
            // One person's data the rules cannot compute with must not stop everybody else's payment.
            return loose(personId, month, d, "BEREGNING_FEJLET", PayoutCalculation.LAB_FLEKSJOB,
                "Tilskuddet kunne ikke beregnes: " + Redact.cpr(e.getMessage()) + ". Ret sagens oplysninger; "
                    + "kørslen beregner måneden, næste gang den køres.", e.getClass().getSimpleName());
        }
        List<PayoutCalculation.PendingFlag> flags = new ArrayList<>(comp.flags());
        EncodedExplanation explanation = explanation(comp);
        if (latest == null) {
            unusualChange(month, comp.tilskud(), d.previousMonth.get(personId), flags);
            return new Outcome(new Pending(personId, month, 1, Payout.Art.ORDINAER, Payout.Status.UDBETALES, null,
                comp.tilskud(), comp.atp(), comp.tilskud(), comp.atp(), comp.sha256(), comp.grundlag(), explanation,
                flags), null, false);
        }
        BigDecimal diff = comp.tilskud().subtract(latest.beregnetTilskud());
        BigDecimal diffAtp = comp.atp().subtract(latest.beregnetAtp());
        Payout.Status status = diff.signum() < 0 ? Payout.Status.AFVENTER : Payout.Status.UDBETALES;
        if (diff.signum() < 0) {
            flags.add(new PayoutCalculation.PendingFlag("NEGATIV_EFTERREGULERING", PayoutCalculation.FVL_PARTSHOERING,
                "Ny eller rettet indkomst giver et tilskud for " + DanishDates.format(month) + " på "
                    + Kroner.format(comp.tilskud()) + " mod tidligere beregnet " + Kroner.format(latest.beregnetTilskud())
                    + ", altså " + Kroner.format(diff.negate()) + " for meget udbetalt. Intet er modregnet: "
                    + "partshør personen og afgør, om beløbet skal efterreguleres (BEK om fleksløntilskud § 3, "
                    + "stk. 4, og § 4, stk. 4)."));
        }
        return new Outcome(new Pending(personId, month, latest.loebenummer() + 1, Payout.Art.EFTERREGULERING, status,
            latest.originalId(), comp.tilskud(), comp.atp(), diff, diffAtp, comp.sha256(), comp.grundlag(), explanation,
            flags), null, false);
    }

    private void unusualChange(YearMonth month, BigDecimal now, BigDecimal before,
                               List<PayoutCalculation.PendingFlag> flags) {
        if (before == null || before.signum() == 0) {
            return;
        }
        BigDecimal change = now.subtract(before).abs();
        if (change.compareTo(before.multiply(options.unusualChange())) > 0) {
            flags.add(new PayoutCalculation.PendingFlag("USAEDVANLIG_AENDRING", PayoutCalculation.LAB_AENDRINGER,
                "Tilskuddet for " + DanishDates.format(month) + " er " + Kroner.format(now) + " mod "
                    + Kroner.format(before) + " måneden før. Det er udbetalt efter reglerne; kontrollér, om lønnen "
                    + "eller ansættelsen har ændret sig."));
        }
    }

    private Outcome loose(long personId, YearMonth month, MonthData d, String code, LegalReference legal, String text,
                          String discriminator) {
        String key = personId + "|" + month + "|" + code + "|" + PayoutCalculation.sha256(discriminator).substring(0, 16);
        if (d.flagKeys.contains(key)) {
            return new Outcome(null, null, true);
        }
        return new Outcome(null, new LooseFlag(personId, month, key,
            new PayoutCalculation.PendingFlag(code, legal, text)), false);
    }

    private void flagTooOld(Set<Long> persons, YearMonth payoutMonth, long importId, Writes writes, Tally tally) {
        MonthData none = new MonthData();
        db.tx(c -> Db.query(c, "select noegle from flag where maaned = ?", rs -> none.flagKeys.add(rs.getString(1)),
            payoutMonth));
        List<Outcome> outcomes = persons.stream().sorted().map(p -> loose(p, payoutMonth, none,
            "EFTERREGULERING_FOR_GAMMEL", PayoutCalculation.BEK_EFTERREGULERING, "Der er indberettet ny eller rettet "
                + "løn for " + DanishDates.format(payoutMonth.minusMonths(1)) + ". Efterregulering kan kun foretages "
                + "for op til 12 måneder, så kørslen har ikke beregnet en forskel; sagsbehandleren vurderer sagen.",
            "import " + importId)).toList();
        writes.submit(outcomes);
        tally.add(outcomes);
    }

    private static final String PAYOUT_COLUMNS = "person_id, maaned, loebenummer, art, status, refererer_til, "
        + "beregnet_tilskud, beregnet_atp, tilskud, atp, udbetalt, grundlag_sha256, grundlag_z, forklaring, regelversion, "
        + "koersel_id, oprettet, version";

    /** Each writing thread's COPY buffer, kept from chunk to chunk (a chunk's payouts take about 700 KB). */
    private final ThreadLocal<PostgresCopy> copies = ThreadLocal.withInitial(() -> new PostgresCopy("udbetaling ("
        + PAYOUT_COLUMNS + ")", 18));

    /** Writes the outcomes in one transaction on {@code out}. */
    private void write(Connection out, List<Outcome> outcomes, long runId) {
        storeBlocks(out, outcomes);
        Instant now = clock.instant();
        String regelversion = RulesVersion.current();
        Db.Work<Void> work = c -> {
            // On PostgreSQL the payouts go in by COPY, one stream a chunk (PostgresCopy); elsewhere as a batch.
            PostgresCopy copy = PostgresCopy.supports(c) ? copies.get().reset() : null;
            try (PreparedStatement pay = copy != null ? null : c.prepareStatement("insert into udbetaling ("
                    + PAYOUT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement flag = c.prepareStatement("insert into flag (person_id, udbetaling_loebenummer, "
                     + "maaned, kode, hjemmel, tekst, status, noegle, oprettet, version) values (?, ?, ?, ?, ?, ?, "
                     + "'AABEN', ?, ?, 0)")) {
                boolean payouts = false;
                boolean flags = false;
                for (Outcome o : outcomes) {
                    if (o.payout() != null) {
                        Pending p = o.payout();
                        Object[] row = {p.personId(), p.month(), p.loebenummer(), p.art(), p.status(), p.refererTil(),
                            p.beregnetTilskud(), p.beregnetAtp(), p.tilskud(), p.atp(), p.tilskud().subtract(p.atp()),
                            p.sha(), p.grundlag(), p.forklaring().stored(), regelversion, runId, now, 0};
                        if (copy != null) {
                            copy.row(row);
                        } else {
                            Db.bind(pay, row);
                            pay.addBatch();
                        }
                        payouts = true;
                        int i = 0;
                        for (PayoutCalculation.PendingFlag f : p.flags()) {
                            addFlag(flag, p.personId(), p.loebenummer(), p.month(), f,
                                p.personId() + "|" + p.month() + "|" + p.loebenummer() + "|" + f.kode() + "|" + i++, now);
                            flags = true;
                        }
                    } else if (o.loose() != null) {
                        LooseFlag l = o.loose();
                        addFlag(flag, l.personId(), null, l.month(), l.flag(), l.key(), now);
                        flags = true;
                    }
                }
                if (payouts && copy != null) {
                    copy.into(c);
                } else if (payouts) {
                    pay.executeBatch();
                }
                if (flags) {
                    flag.executeBatch();
                }
            }
            return null;
        };
        Db.tx(out, work);
    }

    /**
     * Stores the paragraphs and parameters the outcomes' explanations name and the table does not have yet (nearly
     * always none), in a transaction committed before the payouts': a payout never names a block that is not there.
     * One writer at a time, so two never insert the same block.
     */
    private void storeBlocks(Connection out, List<Outcome> outcomes) {
        synchronized (storedBlocks) {
            Set<String> newBlocks = new TreeSet<>();
            if (!storedBlocks.contains(StoredGrundlag.dictionaryKey())) {
                newBlocks.add(StoredGrundlag.dictionaryKey());
            }
            for (Outcome o : outcomes) {
                if (o.payout() != null) {
                    for (String k : o.payout().forklaring().unstoredBlocks()) {
                        if (!storedBlocks.contains(k)) {
                            newBlocks.addAll(StoredExplanation.withNamed(k));
                        }
                    }
                }
            }
            if (newBlocks.isEmpty()) {
                return;
            }
            Db.tx(out, c -> {
                try (PreparedStatement block = c.prepareStatement("insert into forklaring_blok (noegle, indhold) "
                    + "select ?, ? where not exists (select 1 from forklaring_blok where noegle = ?)")) {
                    for (String k : newBlocks) {
                        Db.bind(block, k, StoredExplanation.block(k), k);
                        block.addBatch();
                    }
                    block.executeBatch();
                }
                return null;
            });
            storedBlocks.addAll(newBlocks);
        }
    }

    private static void addFlag(PreparedStatement ps, long personId, Integer loebenummer, YearMonth month,
                                PayoutCalculation.PendingFlag f, String key, Instant now) throws SQLException {
        Db.bind(ps, personId, loebenummer, month, f.kode(), f.hjemmel() == null ? null : f.hjemmel().tekst(),
            f.tekst(), key, now);
        ps.addBatch();
    }

    /** Counts of what the run wrote. */
    private static final class Tally {
        int persons;
        int ordinary;
        int unchanged;
        int corrections;
        int pending;
        int flags;
        BigDecimal udbetalt = Kroner.ZERO;

        synchronized void add(List<Outcome> outcomes) {
            for (Outcome o : outcomes) {
                persons++;
                if (o.unchanged()) {
                    unchanged++;
                }
                if (o.loose() != null) {
                    flags++;
                }
                Pending p = o.payout();
                if (p == null) {
                    continue;
                }
                flags += p.flags().size();
                if (p.art() == Payout.Art.ORDINAER) {
                    ordinary++;
                } else if (p.status() == Payout.Status.AFVENTER) {
                    pending++;
                } else {
                    corrections++;
                }
                if (p.status() == Payout.Status.UDBETALES) {
                    udbetalt = udbetalt.add(p.tilskud().subtract(p.atp()));
                }
            }
        }

        String summary() {
            return persons + " personer, " + ordinary + " ordinære udbetalinger, " + corrections
                + " efterreguleringer, " + pending + " afventer afgørelse, " + unchanged + " uændrede, " + flags
                + " nye punkter til afklaring, udbetalt " + Kroner.format(udbetalt);
        }
    }
}
