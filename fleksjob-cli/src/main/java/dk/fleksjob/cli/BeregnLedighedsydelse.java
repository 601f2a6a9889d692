package dk.fleksjob.cli;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.ledighedsydelse.Kategori;
import dk.fleksjob.rules.ledighedsydelse.Ledighedsydelse;
import dk.fleksjob.rules.ledighedsydelse.LedighedsydelseRequest;
import dk.fleksjob.rules.ledighedsydelse.LedighedsydelseResult;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleksjob beregn ledighedsydelse}: the month's ledighedsydelse after the 30/55 pct. deduction. */
@Command(name = "ledighedsydelse", mixinStandardHelpOptions = true,
    description = {"Ledighedsydelse for en måned (LAS §§ 74 a, 74 b og 74 d).",
        "--loen er lønnen i måneden før: fradraget sker bagud i den følgende måned (BEK om ledighedsydelse § 19)."})
final class BeregnLedighedsydelse implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--maaned", required = true, paramLabel = "ÅÅÅÅ-MM", description = "Måneden ledighedsydelsen er for.")
    YearMonth maaned;

    @Option(names = "--kategori", required = true, paramLabel = "89|forsoerger|ikke-forsoerger",
        converter = KategoriConverter.class, description = "Satskategorien fastsat ved visitationen.")
    Kategori kategori;

    @Option(names = "--loen", paramLabel = "KR", description = "Lønindtægt inkl. pension i måneden før. Standard 0.")
    BigDecimal loen;

    @Option(names = "--fleksjob-maaneder", paramLabel = "ANTAL",
        description = "Måneder i fleksjob inden for de seneste 18 måneder (9 giver 89 pct.).")
    Integer fleksjobMaaneder;

    @Option(names = "--maaneder-efter-fleksydelsesalder", paramLabel = "ANTAL",
        description = "Hvis fleksydelsesalderen er nået: måneder allerede modtaget med 89 pct. eller forsørgersats derefter.")
    Integer maanederEfterFleksydelsesalder;

    @CommandLine.Mixin
    OutputOptions output;

    static final class KategoriConverter implements CommandLine.ITypeConverter<Kategori> {
        @Override
        public Kategori convert(String value) {
            try {
                return Kategori.parse(value);
            } catch (InvalidInputException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        LedighedsydelseResult r = Ledighedsydelse.calculate(new LedighedsydelseRequest(maaned, kategori, loen,
            fleksjobMaaneder, maanederEfterFleksydelsesalder, output.parametre));
        Printer printer = new Printer(spec.commandLine().getOut());
        if (output.json) {
            printer.json(r);
        } else {
            printer.explanation(r.forklaring());
            printer.summary(List.of(
                Printer.line("Sats (" + r.anvendtKategori().danish() + ")", r.sats()),
                Printer.line("Løn i " + Printer.month(r.loenmaaned()), r.loen()),
                Printer.line("Fradrag 30 pct.", r.fradrag30()),
                Printer.line("Fradrag 55 pct.", r.fradrag55()),
                Printer.line("Ledighedsydelse", r.ledighedsydelse()),
                Printer.line("Samlet indkomst før skat", r.samletIndkomst())), r.regelversion());
        }
        return 0;
    }
}
