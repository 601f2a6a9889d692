package dk.fleksjob.cli;

import dk.fleksjob.rules.RulesVersion;
import picocli.CommandLine;

/** Prints the rules version (library version and parameter digest). */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"fleksjob " + RulesVersion.current()};
    }
}
