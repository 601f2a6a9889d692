package dk.fleksjob.server.web;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudRequest;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudResult;
import dk.fleksjob.rules.parameter.Rates;
import dk.fleksjob.server.input.Messages;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The two charts of "Beregn din løn i fleksjob", computed by the rules library itself (without explanations):
 * total monthly income and its parts against weekly hours 1–37 for the same hourly wage, with the knæk and the
 * lønloft marked; and the same job in the same calendar month of each year 2013–2026.
 */
@Component
public class FleksloenCharts {

    static final int FIRST_YEAR = 2013;
    static final int LAST_YEAR = 2026;

    private final Messages messages;

    public FleksloenCharts(Messages messages) {
        this.messages = messages;
    }

    /** Income against weekly hours; null when the wage was given as a monthly wage (no hourly wage to vary). */
    public ChartData byHours(FleksloentilskudRequest r, FleksloentilskudResult result, Locale locale) {
        if (r.timeloen() == null || r.maanedsloen() != null) {
            return null;
        }
        int fullTime = Rates.withOverrides(r.parametre()).forMonth("faelles.fuldtid_timer_pr_uge", r.maaned())
            .vaerdi().intValue();
        List<String> labels = new ArrayList<>();
        List<FleksloentilskudResult> points = new ArrayList<>();
        for (int h = 1; h <= fullTime; h++) {
            FleksloentilskudResult p = quietly(new FleksloentilskudRequest(r.maaned(), r.timeloen(),
                BigDecimal.valueOf(h), r.intensitet(), null, r.andenLoen(), r.fuldtidsloen(), r.parametre()));
            if (p != null) {
                labels.add(Integer.toString(h));
                points.add(p);
            }
        }
        List<ChartData.Marker> markers = new ArrayList<>();
        int knaek = firstIndex(points, p -> p.samletLoenindtaegt().compareTo(p.knaek()) >= 0);
        if (knaek >= 0) {
            markers.add(new ChartData.Marker(knaek, messages.get("graf.knaek", locale, labels.get(knaek))));
        }
        int loft = firstIndex(points, p -> p.loenloftFradrag().signum() > 0);
        if (loft >= 0) {
            markers.add(new ChartData.Marker(loft, messages.get("graf.loenloft", locale, labels.get(loft))));
        }
        int own = labels.indexOf(hoursLabel(r.timer()));
        if (own >= 0) {
            markers.add(new ChartData.Marker(own, messages.get("graf.dine-timer", locale, labels.get(own))));
        }
        return chart("graf-timer", messages.get("graf.timer.titel", locale),
            messages.get("graf.timer.x", locale), labels, points, markers, locale);
    }

    /** The same job in the same calendar month of every year the rules cover. */
    public ChartData byYear(FleksloentilskudRequest r, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<FleksloentilskudResult> points = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            YearMonth m = YearMonth.of(y, r.maaned().getMonthValue());
            FleksloentilskudResult p = quietly(new FleksloentilskudRequest(m, r.timeloen(), r.timer(), r.intensitet(),
                r.maanedsloen(), r.andenLoen(), r.fuldtidsloen(), r.parametre()));
            if (p != null) {
                labels.add(Integer.toString(y));
                points.add(p);
            }
        }
        List<ChartData.Marker> markers = new ArrayList<>();
        int own = labels.indexOf(Integer.toString(r.maaned().getYear()));
        if (own >= 0) {
            markers.add(new ChartData.Marker(own, messages.get("graf.valgt-aar", locale, labels.get(own))));
        }
        return chart("graf-aar", messages.get("graf.aar.titel", locale), messages.get("graf.aar.x", locale), labels,
            points, markers, locale);
    }

    private ChartData chart(String id, String title, String xTitle, List<String> labels,
                            List<FleksloentilskudResult> points, List<ChartData.Marker> markers, Locale locale) {
        List<ChartData.Series> series = List.of(
            new ChartData.Series(messages.get("graf.serie.loen", locale), "bar",
                points.stream().map(FleksloentilskudResult::samletLoenindtaegt).toList()),
            new ChartData.Series(messages.get("graf.serie.tilskud", locale), "bar",
                points.stream().map(FleksloentilskudResult::fleksloentilskud).toList()),
            new ChartData.Series(messages.get("graf.serie.samlet", locale), "line",
                points.stream().map(FleksloentilskudResult::samletIndkomst).toList()));
        return new ChartData(id, title, xTitle, messages.get("graf.y", locale), labels, series, markers);
    }

    private static String hoursLabel(BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
    }

    private static int firstIndex(List<FleksloentilskudResult> points,
                                  java.util.function.Predicate<FleksloentilskudResult> test) {
        for (int i = 0; i < points.size(); i++) {
            if (test.test(points.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static FleksloentilskudResult quietly(FleksloentilskudRequest r) {
        try {
            return Fleksloentilskud.calculate(r, false);
        } catch (InvalidInputException e) {
            return null;
        }
    }
}
