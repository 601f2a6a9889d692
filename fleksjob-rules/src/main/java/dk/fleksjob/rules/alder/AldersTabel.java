package dk.fleksjob.rules.alder;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.parameter.Provenance;
import dk.fleksjob.rules.parameter.Source;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A birth-date table from {@code tables/alder/<name>.yaml}: contiguous rows from "born before …" to "born … or
 * later", each with the age (or, for the fleksydelsesalder from 1963, an offset before the folkepensionsalder),
 * its paragraph and its source. The loader refuses gaps, overlaps, a missing source or an unknown law.
 */
final class AldersTabel {

    /** One row. {@code offsetMonths} is set instead of the age when the age is "N years before folkepension". */
    record Row(LocalDate foedtFra, LocalDate foedtTil, int aar, int maaneder, Integer offsetMonths,
               LegalReference hjemmel, Provenance proveniens, Source kilde, String note) {

        boolean contains(LocalDate birth) {
            return (foedtFra == null || !birth.isBefore(foedtFra)) && (foedtTil == null || !birth.isAfter(foedtTil));
        }
    }

    private final String id;
    private final String hjemmelTekst;
    private final List<Row> rows;

    private AldersTabel(String id, String hjemmelTekst, List<Row> rows) {
        this.id = id;
        this.hjemmelTekst = hjemmelTekst;
        this.rows = List.copyOf(rows);
    }

    String id() {
        return id;
    }

    String hjemmelTekst() {
        return hjemmelTekst;
    }

    List<Row> rows() {
        return rows;
    }

    Row rowFor(LocalDate birth) {
        if (birth == null) {
            throw new InvalidInputException("foedselsdato", "angiv fødselsdatoen (ÅÅÅÅ-MM-DD)");
        }
        for (Row r : rows) {
            if (r.contains(birth)) {
                return r;
            }
        }
        throw new IllegalStateException(id + ": ingen række for " + birth); // impossible: the loader checks coverage
    }

    static AldersTabel load(String name) {
        String path = "tables/alder/" + name + ".yaml";
        try (InputStream in = AldersTabel.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("tabellen " + path + " findes ikke på classpath");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), path);
        } catch (IOException e) {
            throw new IllegalStateException("kan ikke læse " + path + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static AldersTabel parse(String yaml, String where) {
        Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        String id = text(doc, "id", where);
        Map<String, Object> legal = (Map<String, Object>) require(doc, "legal_basis", where);
        List<Map<String, Object>> raw = (List<Map<String, Object>>) require(doc, "rows", where);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            rows.add(row(raw.get(i), where + " række " + (i + 1)));
        }
        checkContiguous(rows, where);
        return new AldersTabel(id, text(legal, "text", where), rows);
    }

    @SuppressWarnings("unchecked")
    private static Row row(Map<String, Object> r, String ctx) {
        LocalDate from = date(r.get("born_from"));
        LocalDate to = date(r.get("born_to"));
        Integer offsetMonths = null;
        int years = 0;
        int months = 0;
        if (r.containsKey("years_before_folkepension")) {
            offsetMonths = integer(r, "years_before_folkepension", ctx) * 12
                + integer(r, "months_before_folkepension", ctx);
        } else {
            years = integer(r, "years", ctx);
            months = integer(r, "months", ctx);
            if (months < 0 || months > 11) {
                throw new IllegalStateException(ctx + ": months skal være 0-11");
            }
        }
        Map<String, Object> legal = (Map<String, Object>) require(r, "legal", ctx);
        Law law = Law.valueOf(text(legal, "law", ctx));
        LegalReference ref = LegalReference.of(law, text(legal, "paragraph", ctx), (Integer) legal.get("stk"),
            (Integer) legal.get("nr"));
        Provenance provenance = Provenance.valueOf(text(r, "provenance", ctx).toUpperCase(Locale.ROOT));
        if (provenance == Provenance.OVERRIDE) {
            throw new IllegalStateException(ctx + ": proveniens kan ikke være override");
        }
        Map<String, Object> src = (Map<String, Object>) require(r, "source", ctx);
        return new Row(from, to, years, months, offsetMonths, ref, provenance,
            new Source(text(src, "title", ctx), text(src, "url", ctx)), (String) r.get("note"));
    }

    private static void checkContiguous(List<Row> rows, String where) {
        if (rows.isEmpty() || rows.get(0).foedtFra() != null || rows.get(rows.size() - 1).foedtTil() != null) {
            throw new IllegalStateException(where + ": første række skal være åben bagud og sidste åben fremad");
        }
        for (int i = 1; i < rows.size(); i++) {
            LocalDate prevTo = rows.get(i - 1).foedtTil();
            LocalDate from = rows.get(i).foedtFra();
            if (prevTo == null || from == null || !from.equals(prevTo.plusDays(1))) {
                throw new IllegalStateException(where + ": hul eller overlap før række " + (i + 1));
            }
        }
    }

    private static LocalDate date(Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(raw.toString());
    }

    private static int integer(Map<String, Object> map, String key, String ctx) {
        Object v = require(map, key, ctx);
        if (!(v instanceof Integer i)) {
            throw new IllegalStateException(ctx + ": '" + key + "' skal være et helt tal");
        }
        return i;
    }

    private static Object require(Map<String, Object> map, String key, String ctx) {
        Object v = map.get(key);
        if (v == null) {
            throw new IllegalStateException(ctx + ": mangler '" + key + "'");
        }
        return v;
    }

    private static String text(Map<String, Object> map, String key, String ctx) {
        String s = require(map, key, ctx).toString();
        if (s.isBlank()) {
            throw new IllegalStateException(ctx + ": '" + key + "' er tom");
        }
        return s;
    }
}
