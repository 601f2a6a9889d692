package dk.fleksjob.rules.fleksloentilskud.kontrol;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fleksjob.rules.fleksloentilskud.maaned.MaanedFil;
import dk.fleksjob.rules.fleksloentilskud.maaned.MaanedInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KontrolTest {

    private static MaanedInput month() throws IOException {
        return MaanedFil.read(Files.readString(Path.of("../docs/maaned/eksempel-ferie-sygdom-bonus.json")));
    }

    @Test
    void afvigelserFindesOgForklaresMedLinjeOgParagraf() throws IOException {
        KontrolResultat r = Kontrol.check(month(),
            Afregning.read(Files.readString(Path.of("../docs/maaned/afregning-eksempel.json"))));
        Kontrollinje income = r.linjer().get(0);
        assertThat(income.status()).isEqualTo(Kontrollinje.Status.AFVIGER);
        assertThat(income.forskel()).isEqualByComparingTo("5500");
        // 5.500 = the bonus not spread (6.000 − 1.000) + the gift (500).
        assertThat(income.forklaring()).contains("linje 7").contains("linje 9").contains("§ 3, stk. 4");
        Kontrollinje loft = r.linjer().stream().filter(l -> l.felt().equals("loenloft")).findFirst().orElseThrow();
        assertThat(loft.forklaring()).contains("51-16");
        assertThat(r.forskelUdbetalt()).isEqualByComparingTo("-2067");
        assertThat(r.afvigelser()).isEqualTo(6);
    }

    @Test
    void enKorrektAfregningStemmer() throws IOException {
        Afregning correct = new Afregning(null, new java.math.BigDecimal("13080"), null, null,
            new java.math.BigDecimal("2500"), null, null, null, new java.math.BigDecimal("14246"),
            new java.math.BigDecimal("500"), new java.math.BigDecimal("13746.40"), null);
        KontrolResultat r = Kontrol.check(month(), correct);
        assertThat(r.afvigelser()).isZero();
        assertThat(r.konklusion()).startsWith("Afregningen for juli 2025 stemmer");
    }
}
