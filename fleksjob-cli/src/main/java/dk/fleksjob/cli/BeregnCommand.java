package dk.fleksjob.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code fleksjob beregn <emne>}: one calculation with its explanation. */
@Command(name = "beregn", mixinStandardHelpOptions = true,
    description = "Beregn en ydelse eller et tilskud med forklaring.",
    subcommands = {
        BeregnFleksloentilskud.class,
        BeregnLedighedsydelse.class,
        BeregnSelvstaendig.class,
        BeregnGammelOrdning.class,
        BeregnFleksydelse.class,
        BeregnFrister.class,
        BeregnVisitation.class,
        BeregnFerie.class,
        BeregnMaaned.class,
    })
final class BeregnCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
