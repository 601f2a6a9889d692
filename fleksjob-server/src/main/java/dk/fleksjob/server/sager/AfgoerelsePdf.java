package dk.fleksjob.server.sager;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dk.fleksjob.rules.explain.Explanation;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.explain.Step;
import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.store.Bevilling;
import dk.fleksjob.store.CaseFile;
import dk.fleksjob.store.CaseFlag;
import dk.fleksjob.store.Payout;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Afgørelse — the decision letter as PDF, in Danish: for a grant (bevilling) and for a payout of fleksløntilskud,
 * with the figures, the explanation as the rules computed it (the stored explanation tree) and the legal basis.
 * OpenPDF with the PDF standard fonts (Helvetica, WinAnsi: æ, ø, å, § and ½ are in it), so nothing is embedded.
 * The CPR number is shown masked.
 */
final class AfgoerelsePdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    private AfgoerelsePdf() {
    }

    static byte[] bevilling(CaseFile sag, Bevilling b, List<Frist> frister, LocalDate today) {
        return write(doc -> {
            header(doc, sag, today, "Afgørelse om fleksjob");
            boolean permanent = b.type() == Bevilling.Type.PERMANENT;
            doc.add(p("Jobcentret har bevilget dig fleksjob " + (permanent ? "permanent" : "for en periode af 5 år")
                + " fra " + DanishDates.format(b.fra()) + (b.til() == null ? "" : " til og med " + DanishDates.format(b.til()))
                + ".", BODY));
            doc.add(heading("Begrundelse og retsgrundlag"));
            LegalReference basis = LegalReference.of(Law.LAB, "120", permanent ? 2 : 1);
            doc.add(p(permanent
                ? "Du er fyldt 40 år, og det er ikke dit første fleksjob. Efter " + basis + " bevilger jobcentret "
                    + "et permanent fleksjob, når betingelserne er opfyldt."
                : "Efter " + basis + " bevilger jobcentret fleksjob for en periode af 5 år. Jobcentret følger op "
                    + "efter 2½ år (LAB § 121, stk. 1) og gør status efter 4½ år (LAB § 121, stk. 3). Når "
                    + "bevillingen udløber, er du fortsat i ordningen, indtil jobcentret har truffet en ny afgørelse "
                    + "(LAB § 121, stk. 4).", BODY));
            if (!frister.isEmpty()) {
                doc.add(heading("Frister i din sag"));
                PdfPTable t = table(2, 1f, 3f);
                for (Frist f : frister) {
                    t.addCell(cell(DanishDates.format(f.dato()), BODY));
                    t.addCell(cell(fristText(f.art()) + " (" + f.hjemmel() + ")"
                        + (f.note() == null ? "" : ". " + noteText(f.note())), BODY));
                }
                doc.add(t);
            }
            footer(doc, List.of(basis, LegalReference.of(Law.LAB, "121")), null);
        });
    }

    static byte[] udbetaling(CaseFile sag, Payout u, Explanation forklaring, List<CaseFlag> punkter, LocalDate today) {
        return write(doc -> {
            header(doc, sag, today, "Afgørelse om fleksløntilskud for " + DanishDates.format(u.maaned()));
            doc.add(p(opening(u), BODY));
            PdfPTable t = table(2, 3f, 1.3f);
            row(t, "Fleksløntilskud for måneden", u.beregnetTilskud());
            row(t, "Heraf ATP-bidrag", u.beregnetAtp());
            if (u.art() == Payout.Art.EFTERREGULERING) {
                row(t, "Forskel til tidligere udbetaling", u.tilskud());
            }
            row(t, "Udbetalt", u.udbetalt());
            doc.add(t);
            if (u.status() == Payout.Status.AFVENTER) {
                doc.add(p("Beløbet bliver ikke opkrævet eller modregnet, før du har haft mulighed for at udtale dig, "
                    + "og jobcentret har truffet afgørelse (forvaltningsloven § 19).", BOLD));
            }
            doc.add(heading("Sådan er tilskuddet beregnet"));
            for (Step s : forklaring.trin()) {
                step(doc, s, 0);
            }
            if (!punkter.isEmpty()) {
                doc.add(heading("Punkter, som jobcentret afklarer"));
                for (CaseFlag f : punkter) {
                    doc.add(p("• " + f.tekst() + " (" + f.hjemmel() + ")", BODY));
                }
            }
            Set<LegalReference> basis = new LinkedHashSet<>();
            collect(forklaring.trin(), basis);
            footer(doc, List.copyOf(basis), u.regelversion());
        });
    }

    /**
     * The letter's first sentence. A negative efterregulering is never "udbetalt": it is money paid too much, which
     * waits for a decision (forvaltningsloven § 19), or which the jobcentre has decided to regulate or to drop.
     */
    static String opening(Payout u) {
        String month = DanishDates.format(u.maaned());
        if (u.art() != Payout.Art.EFTERREGULERING || u.tilskud().signum() >= 0) {
            return "Du får udbetalt " + Kroner.format(u.udbetalt()) + " i fleksløntilskud for " + month
                + (u.art() == Payout.Art.EFTERREGULERING ? " som efterregulering (løbenummer " + u.loebenummer() + ")"
                : "") + ".";
        }
        String tooMuch = "Ny eller rettet indkomst betyder, at der er udbetalt " + Kroner.format(u.tilskud().negate())
            + " for meget i fleksløntilskud for " + month + " (efterregulering, løbenummer " + u.loebenummer() + "). ";
        return tooMuch + switch (u.status()) {
            case AFVENTER -> "Jobcentret har endnu ikke truffet afgørelse om beløbet.";
            case GODKENDT -> "Jobcentret har besluttet, at beløbet efterreguleres (BEK om fleksløntilskud § 3, stk. 4, "
                + "og § 4, stk. 4).";
            case AFVIST -> "Jobcentret har besluttet ikke at opkræve beløbet.";
            case UDBETALES -> "";
        };
    }

    // ---- parts ------------------------------------------------------------------------------------------------

    private static void header(Document doc, CaseFile sag, LocalDate today, String title) {
        doc.add(p("Jobcenter " + sag.person().jobcenter(), BOLD));
        doc.add(p(DanishDates.format(today), BODY));
        doc.add(p(" ", BODY));
        doc.add(p(sag.person().navn() + "\nCPR-nr. " + sag.person().cpr().masked(), BODY));
        doc.add(p(" ", BODY));
        Paragraph t = p(title, TITLE);
        t.setSpacingAfter(8);
        doc.add(t);
    }

    private static void footer(Document doc, List<LegalReference> basis, String rulesVersion) {
        doc.add(heading("Retsgrundlag"));
        for (LegalReference r : basis) {
            doc.add(p(r.tekst() + " (" + lawName(r.lov()) + ")", BODY));
        }
        doc.add(heading("Klagevejledning"));
        doc.add(p("Du kan klage over afgørelsen. Jobcentret vejleder om, hvor og inden for hvilken frist klagen "
            + "skal indgives (forvaltningsloven § 25). Kontakt jobcentret, hvis du har spørgsmål til afgørelsen.", BODY));
        if (rulesVersion != null) {
            doc.add(p(" ", SMALL));
            doc.add(p("Beregnet med regelversion " + rulesVersion + ".", SMALL));
        }
    }

    private static void step(Document doc, Step s, int depth) {
        Paragraph p = p(s.tekst() + (s.hjemmel().isEmpty() ? "" : " (" + String.join("; ",
            s.hjemmel().stream().map(LegalReference::tekst).toList()) + ")"), BODY);
        p.setIndentationLeft(12f * depth);
        p.setSpacingAfter(3);
        doc.add(p);
        for (Flag f : s.flag()) {
            Paragraph fp = p("Skal afklares: " + f.tekst() + (f.hjemmel() == null ? "" : " (" + f.hjemmel().tekst() + ")"),
                BOLD);
            fp.setIndentationLeft(12f * depth + 12f);
            doc.add(fp);
        }
        for (Step c : s.trin()) {
            step(doc, c, depth + 1);
        }
    }

    private static void collect(List<Step> steps, Set<LegalReference> out) {
        for (Step s : steps) {
            out.addAll(s.hjemmel());
            collect(s.trin(), out);
        }
    }

    private static String lawName(String shortName) {
        for (Law l : Law.values()) {
            if (l.shortName().equals(shortName)) {
                return l.title();
            }
        }
        return shortName;
    }

    static String fristText(Frist.Art art) {
        return switch (art) {
            case OPFOELGNING -> "Opfølgning i fleksjobbet";
            case STATUS -> "Status efter 4½ år";
            case BEVILLING_UDLOEBER -> "Bevillingen udløber";
            case REVURDERING -> "Revurdering efter 12 måneder med ledighedsydelse";
            case REVURDERING_SENEST -> "Revurderingen skal være afsluttet";
            case FOLKEPENSION -> "Folkepensionsalderen nås";
            case PERMANENT_MULIG -> "Et permanent fleksjob kan bevilges";
        };
    }

    static String noteText(Frist.Note note) {
        return switch (note) {
            case FOERSTE_FLEKSJOB_ANTAGET -> "Sagen oplyser ikke, om det er dit første fleksjob; fristen "
                + "forudsætter, at det er";
        };
    }

    private static Paragraph heading(String text) {
        Paragraph p = p(text, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    private static Paragraph p(String text, Font font) {
        return new Paragraph(text, font);
    }

    private static PdfPTable table(int columns, float... widths) {
        PdfPTable t = new PdfPTable(columns);
        t.setWidthPercentage(100);
        t.setWidths(widths);
        t.setSpacingBefore(6);
        t.setSpacingAfter(6);
        return t;
    }

    private static void row(PdfPTable t, String label, BigDecimal amount) {
        t.addCell(cell(label, BODY));
        PdfPCell c = cell(Kroner.format(amount), BODY);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        t.addCell(c);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(p(text, font));
        c.setPadding(4);
        return c;
    }

    private interface Body {
        void write(Document doc);
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("da"));
        doc.addTitle("Afgørelse");
        doc.open();
        body.write(doc);
        doc.close();
        return out.toByteArray();
    }
}
