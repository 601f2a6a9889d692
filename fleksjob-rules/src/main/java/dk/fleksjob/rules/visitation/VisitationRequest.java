package dk.fleksjob.rules.visitation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the caseworker (or citizen) states about a fleksjob case. Every Boolean may be null: the rules then answer
 * »kan ikke afgøres« for that condition and flag it {@code skalAfklares}; they never guess a judgement.
 *
 * @param foedselsdato                       birth date (required)
 * @param vurderingsdato                     the day assessed (required)
 * @param modtagerFoertidspension            receives førtidspension (§ 116, stk. 1)
 * @param modtagerSeniorpension              receives seniorpension (§ 116, stk. 1)
 * @param udnyttetTidligPension              has used the right to tidlig pension (§ 116, stk. 1)
 * @param varigeOgVaesentligeBegraensninger  lasting and substantial limitations of the arbejdsevne (§ 116, § 118 nr. 3)
 * @param kanArbejdePaaNormaleVilkaar        can obtain or keep work on normal terms (§ 116, stk. 1)
 * @param effektiveTimerPrUge                effective weekly working time (hours × intensity), information only
 * @param megetBegraensetArbejdsevne         the current arbejdsevne is very limited (§ 116, stk. 2)
 * @param udviklingKanIkkeUdelukkes          development of the arbejdsevne within a reasonable period cannot be
 *                                           ruled out (§ 116, stk. 2; Ankestyrelsen 25-14)
 * @param tilbudAfproevet                    all relevant offers and measures have been tried (§ 116, stk. 3, § 118 nr. 2)
 * @param afproevningAabenbartFormaalsloes   trying them would be obviously pointless (§ 116, stk. 3, 2. pkt.)
 * @param ressourcerAfklaret                 resources and challenges fully clarified (§ 118, stk. 2, nr. 1)
 * @param hidtidigArbejdsplads               the fleksjob is at the current workplace (§ 119)
 * @param maanederUnderSocialeKapitler       months employed there under the social chapters or special terms
 * @param skriftligAftale                    the written agreement of § 119, stk. 2 exists
 * @param akutSkadeEllerSygdom               acute injury or illness (§ 119, stk. 3)
 * @param foranstaltningerAabenbartFormaalsloese measures towards a social-chapter job are obviously pointless
 * @param handicap                           isbryder: has a disability
 * @param uddannelseMaaneder                 isbryder: length of the education in months
 * @param uddannelseGiverRetTilAkasse        isbryder: the education gives the right to join an a-kasse
 * @param erhvervserfaringIFaget             isbryder: has work experience in the field of the education
 * @param uddannelseAfsluttet                isbryder: the day the education was finished
 * @param ansaettelseStart                   isbryder: the first day of the job
 * @param varigOgBetydeligFunktionsnedsaettelse personlig assistance: lasting and considerable disability
 * @param behovForPersonligHjaelp            personlig assistance: needs personal help to do the job
 * @param arbejdstimerPrUge                  personlig assistance: weekly working hours
 * @param parametre                          what-if overrides
 */
public record VisitationRequest(LocalDate foedselsdato, LocalDate vurderingsdato, Boolean modtagerFoertidspension,
                                Boolean modtagerSeniorpension, Boolean udnyttetTidligPension,
                                Boolean varigeOgVaesentligeBegraensninger, Boolean kanArbejdePaaNormaleVilkaar,
                                BigDecimal effektiveTimerPrUge, Boolean megetBegraensetArbejdsevne,
                                Boolean udviklingKanIkkeUdelukkes, Boolean tilbudAfproevet,
                                Boolean afproevningAabenbartFormaalsloes, Boolean ressourcerAfklaret,
                                Boolean hidtidigArbejdsplads, Integer maanederUnderSocialeKapitler,
                                Boolean skriftligAftale, Boolean akutSkadeEllerSygdom,
                                Boolean foranstaltningerAabenbartFormaalsloese, Boolean handicap,
                                Integer uddannelseMaaneder, Boolean uddannelseGiverRetTilAkasse,
                                Boolean erhvervserfaringIFaget, LocalDate uddannelseAfsluttet,
                                LocalDate ansaettelseStart, Boolean varigOgBetydeligFunktionsnedsaettelse,
                                Boolean behovForPersonligHjaelp, BigDecimal arbejdstimerPrUge,
                                Map<String, BigDecimal> parametre) {

    public VisitationRequest {
        parametre = parametre == null ? Map.of() : Map.copyOf(parametre);
    }
}
