package dk.fleksjob.server.sager;

import dk.fleksjob.store.Caseworker;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Frister: the calendar of upcoming deadlines across the caseworker's cases, as a page and as iCalendar. */
@Controller
public class FristerController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final FristerService frister;
    private final SagerUsers users;
    private final MessageSource messages;

    public FristerController(FristerService frister, SagerUsers users, MessageSource messages) {
        this.frister = frister;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/sager/frister")
    String page(Authentication auth, Model model) {
        model.addAttribute("frister", frister.upcoming(users.caseworker(auth), LocalDate.now(UdbetalingController.DENMARK)));
        return "sager/frister";
    }

    @GetMapping("/sager/frister.ics")
    ResponseEntity<String> ics(Authentication auth, HttpServletRequest request, Locale locale) {
        Caseworker who = users.caseworker(auth);
        List<Frist> list = frister.upcoming(who, LocalDate.now(UdbetalingController.DENMARK));
        String base = ServletUriComponentsBuilder.fromContextPath(request).toUriString();
        String body = ICalendar.of(list, Instant.now(),
            messages.getMessage("sager.frister.kalendernavn", new Object[] {who.jobcenter() == null ? "" : who.jobcenter()}, locale),
            f -> messages.getMessage("sager.frist.resume", new Object[] {f.navn(),
                messages.getMessage("sager.frist." + f.art().name(), null, locale)}, locale),
            f -> messages.getMessage("sager.frist.beskrivelse", new Object[] {
                messages.getMessage("sager.frist." + f.art().name(), null, locale), f.hjemmel(),
                base + "/sager/" + f.personId()}, locale)
                + (f.note() == null ? "" : " " + messages.getMessage("sager.frist.note." + f.note().name(), null, locale)));
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"frister.ics\"").body(body);
    }
}
