package dk.fleksjob.server.sager;

import dk.fleksjob.store.Bevilling;
import dk.fleksjob.store.CaseFile;
import dk.fleksjob.store.Caseworker;
import dk.fleksjob.store.Payout;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The decision letters (afgørelser) as PDF: for a grant and for a payout. Scoped to the caseworker's jobcentre. */
@Controller
public class AfgoerelseController {

    private final SagerStore store;
    private final SagerUsers users;
    private final FristerService frister;

    public AfgoerelseController(SagerStore store, SagerUsers users, FristerService frister) {
        this.store = store;
        this.users = users;
        this.frister = frister;
    }

    @GetMapping("/sager/{id}/bevillinger/{bevillingId}/afgoerelse.pdf")
    ResponseEntity<byte[]> grant(Authentication auth, @PathVariable("id") long id,
                                 @PathVariable("bevillingId") long bevillingId) {
        CaseFile sag = store.get().cases().caseFile(users.caseworker(auth), id);
        Bevilling b = SagerController.requireGrant(sag, bevillingId);
        LocalDate today = LocalDate.now(UdbetalingController.DENMARK);
        List<Frist> deadlines = frister.forCase(sag).stream().filter(f -> !f.dato().isBefore(today)).toList();
        return pdf(AfgoerelsePdf.bevilling(sag, b, deadlines, today), "afgoerelse-bevilling-" + bevillingId + ".pdf");
    }

    @GetMapping("/sager/{id}/udbetalinger/{udbetalingId}/afgoerelse.pdf")
    ResponseEntity<byte[]> payout(Authentication auth, @PathVariable("id") long id,
                                  @PathVariable("udbetalingId") long payoutId) {
        Caseworker who = users.caseworker(auth);
        CaseFile sag = store.get().cases().caseFile(who, id);
        Payout u = SagerController.requirePayout(sag, payoutId);
        return pdf(AfgoerelsePdf.udbetaling(sag, u, store.get().cases().explanation(who, payoutId),
                sag.flag().stream().filter(f -> u.maaned().equals(f.maaned())).toList(),
                LocalDate.now(UdbetalingController.DENMARK)),
            "afgoerelse-udbetaling-" + payoutId + ".pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
            .body(body);
    }
}
