package dk.fleksjob.rules.ferie;

import dk.fleksjob.rules.explain.Explanation;
import java.time.LocalDate;
import java.util.List;

/**
 * How holiday is counted for a fleksjob employee.
 *
 * @param arbejdsdagePrUge        working days a week
 * @param ugePaaArbejdsdage       holiday days per holiday week that fall on working days
 * @param ugePaaFrieDage          holiday days per holiday week that fall on days off
 * @param aarPaaArbejdsdage       of the year's holiday (25 days), the days to place on working days
 * @param aarPaaFrieDage          of the year's holiday, the days to place on days off
 * @param enkeltdageTilEnUge      single working days off that make one week of holiday
 * @param feriedage               each holiday day asked for, with the holiday days it uses
 * @param brugteFeriedage         holiday days used by the days asked for, in all
 * @param regelversion            rules version
 * @param forklaring              the explanation
 */
public record FerieResult(int arbejdsdagePrUge, int ugePaaArbejdsdage, int ugePaaFrieDage, int aarPaaArbejdsdage,
                          int aarPaaFrieDage, int enkeltdageTilEnUge, List<Feriedag> feriedage, int brugteFeriedage,
                          String regelversion, Explanation forklaring) {

    /** One working day taken as holiday and the holiday days it uses (the day and the days off after it). */
    public record Feriedag(LocalDate dato, int brugteDage, List<LocalDate> omfatter) {
    }
}
