package dk.fleksjob.store;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The CPR number never reaches a log: every log line (SLF4J at DEBUG, java.util.logging at INFO) and every
 * exception the store throws during a busy scenario is captured and searched for the numbers, with and without
 * the hyphen.
 */
abstract class CprNeverInLogsContract {

    abstract TestDatabases.Kind kind();

    static final List<String> CPRS = List.of("0101900123", "0202850456", "0303900789", "3002900123");

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final List<String> jul = new ArrayList<>();
    private final Handler julHandler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (jul) {
                jul.add(r.getLoggerName() + " " + r.getMessage() + " " + java.util.Arrays.toString(r.getParameters())
                    + (r.getThrown() == null ? "" : stack(r.getThrown())));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level before;

    @BeforeEach
    void capture() {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        before = root.getLevel();
        root.setLevel(Level.DEBUG);
        appender.start();
        root.addAppender(appender);
        java.util.logging.Logger.getLogger("").addHandler(julHandler);
    }

    @AfterEach
    void release() {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(appender);
        root.setLevel(before);
        java.util.logging.Logger.getLogger("").removeHandler(julHandler);
    }

    @Test
    void aBusyDayLeavesNoCprInAnyLogOrError() {
        List<String> errors = new ArrayList<>();
        FleksjobStore store = TestDatabases.store(kind(), Clock.systemUTC());
        Person anna = Fixture.person(store, "0101900123");
        Fixture.person(store, "0202850456");
        store.cases().registerEvent(Fixture.CASEWORKER, anna.id(), CaseEvent.Type.SYGDOM, LocalDate.of(2024, 4, 2),
            "ringede fra 0101900123");   // a caseworker may type it in a note: it must not travel to the logs
        errors.add(message(() -> store.cases().createPerson(Fixture.CASEWORKER, "0101900123", "Dublet")));
        errors.add(message(() -> store.cases().createPerson(Fixture.CASEWORKER, "3002900123", "Ugyldig")));
        errors.add(message(() -> store.cases().findByCpr(Fixture.CASEWORKER, "01019001234")));
        PayoutRun run = store.payoutRun();
        PayoutRun.Result rejected = run.run(Fixture.SYSTEM, YearMonth.of(2024, 5), Fixture.csv(
            "0101900123;12345678;2024-04;14000;400;1200;78", "3002900123;12345678;2024-04;1;0;0;0",
            "0303900789;12345678;2024-04;1;0;0;0", "0202850456;12345678;2024-04;1;0;0;0",
            "0202850456;12345678;2024-04;1;0;0;0"), "maj.csv");
        assertThat(rejected.rejected()).isTrue();
        rejected.indkomst().rejections().forEach(r -> errors.add(r.toString()));
        run.run(Fixture.SYSTEM, YearMonth.of(2024, 5), Fixture.csv("0101900123;12345678;2024-04;14000;400;1200;78"),
            "maj.csv");
        run.run(Fixture.SYSTEM, YearMonth.of(2024, 6), Fixture.csv("0101900123;12345678;2024-04;16000;400;1200;78",
            "0202850456;12345678;2024-05;9000;0;0;0"), "juni.csv");
        // A driver error with the CPR in the failing row: the store's exception must not carry it.
        errors.add(message(() -> store.cases().caseFile(Fixture.CASEWORKER, anna.id()).person().cpr().toString()));
        try (java.sql.Connection c = store.dataSource().getConnection()) {
            c.createStatement().execute("insert into person (jobcenter, cpr, navn, version, oprettet) values "
                + "('0101', '0101900123', 'x', 0, current_timestamp)");
            errors.add("no error");
        } catch (java.sql.SQLException e) {
            assertThat(e.getSQLState()).isEqualTo("23505");
            errors.add(stack(Db.translate(e)));
        }

        List<String> logged = new ArrayList<>();
        for (ILoggingEvent e : appender.list) {
            logged.add(e.getLoggerName() + " " + e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())));
        }
        synchronized (jul) {
            logged.addAll(jul);
        }
        assertThat(logged).as("something was logged").isNotEmpty();
        assertThat(logged).anySatisfy(l -> assertThat(l).contains("Udbetalingskørsel"));
        for (String cpr : CPRS) {
            String hyphen = cpr.substring(0, 6) + "-" + cpr.substring(6);
            assertThat(logged).noneSatisfy(l -> assertThat(l).containsAnyOf(cpr, hyphen));
            assertThat(errors).noneSatisfy(l -> assertThat(l).containsAnyOf(cpr, hyphen));
        }
    }

    private static String message(Runnable r) {
        try {
            r.run();
            return "";
        } catch (RuntimeException e) {
            return stack(e);
        }
    }

    private static String stack(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
