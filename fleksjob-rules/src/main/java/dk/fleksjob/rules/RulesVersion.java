package dk.fleksjob.rules;

import dk.fleksjob.rules.parameter.ParameterCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of the rules that computed a result: the library version plus a digest of the parameter files, so a
 * stored decision can name exactly the rules and rates it was made with.
 */
public final class RulesVersion {

    private static volatile String current;

    private RulesVersion() {
    }

    public static String current() {
        String v = current;
        if (v == null) {
            v = libraryVersion() + "+satser." + ParameterCatalog.standard().digest();
            current = v;
        }
        return v;
    }

    static String libraryVersion() {
        try (InputStream in = RulesVersion.class.getResourceAsStream("/fleksjob-rules.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
