package dk.fleksjob.store;

import java.util.List;

/**
 * What a case's dates rest on: the person, the visitations, the grants (bevillinger) and the employments
 * (ansættelser). Not a {@link CaseFile}: no events, payouts or flags. Read for all of a jobcentre's cases at once by
 * {@link Cases#caseBasics(Caseworker)}, for the deadline calendar.
 */
public record CaseBasics(Person person, List<Visitation> visitationer, List<Bevilling> bevillinger,
                         List<Employment> ansaettelser) {
}
