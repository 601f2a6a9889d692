package dk.fleksjob.server.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * One chart as the page's script draws it (Chart.js) and as the table under it shows it without script.
 *
 * @param id       the canvas id
 * @param titel    the chart's title, also its accessible name
 * @param xTitel   the x axis
 * @param yTitel   the y axis
 * @param labels   x values as shown
 * @param serier   stacked bars (and one line for the total)
 * @param markeringer vertical lines at x positions (the knæk, the lønloft, the user's own hours)
 */
public record ChartData(String id, String titel, String xTitel, String yTitel, List<String> labels,
                        List<Series> serier, List<Marker> markeringer) {

    /** @param type "bar" (stacked) or "line" */
    public record Series(String navn, String type, List<BigDecimal> data) {
    }

    /** @param index the label index the line is drawn at */
    public record Marker(int index, String tekst) {
    }
}
