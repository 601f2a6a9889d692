package dk.fleksjob.server.sager;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The caseworkers from configuration ({@code application.properties}):
 * <pre>
 * fleksjob.sager.brugere.sagsbehandler.kodeord={bcrypt-hash}
 * fleksjob.sager.brugere.sagsbehandler.rolle=SAGSBEHANDLER
 * fleksjob.sager.brugere.sagsbehandler.jobcenter=København
 * </pre>
 *
 * @param brugere login name → user
 */
@ConfigurationProperties("fleksjob.sager")
public record SagerProperties(Map<String, Bruger> brugere) {

    public SagerProperties {
        brugere = brugere == null ? Map.of() : Map.copyOf(brugere);
    }

    /**
     * @param kodeord   the BCrypt hash of the password (never the password)
     * @param rolle     SAGSBEHANDLER, LEDER or ADMIN
     * @param jobcenter the jobcentre whose cases the user sees; empty for an administrator across jobcentres
     */
    public record Bruger(String kodeord, Rolle rolle, String jobcenter) {
    }

    public enum Rolle {
        /** Caseworker: the cases of their own jobcentre. */
        SAGSBEHANDLER,
        /** Team leader: as a caseworker, and reads the jobcentre's audit log. */
        LEDER,
        /** Administrator: reads every jobcentre's cases and the audit log; creates no cases. */
        ADMIN
    }
}
