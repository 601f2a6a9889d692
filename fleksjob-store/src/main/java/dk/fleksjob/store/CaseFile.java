package dk.fleksjob.store;

import java.util.List;

/** Everything on one case, as a caseworker's page shows it. */
public record CaseFile(Person person, List<Visitation> visitationer, List<Bevilling> bevillinger,
                       List<Employment> ansaettelser, List<CaseEvent> haendelser, List<Payout> udbetalinger,
                       List<CaseFlag> flag) {
}
