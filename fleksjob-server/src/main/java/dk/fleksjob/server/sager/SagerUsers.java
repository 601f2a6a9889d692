package dk.fleksjob.server.sager;

import dk.fleksjob.store.Caseworker;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The users of the case pages, from {@link SagerProperties}, and who each of them is to the store: a
 * {@link Caseworker} scoped to their jobcentre (an administrator without a jobcentre sees all of them). Not a
 * {@link UserDetailsService} bean of its own, so the calculators' security (no users) stays as it is.
 */
@Component
public class SagerUsers {

    private final Map<String, SagerProperties.Bruger> users;

    public SagerUsers(SagerProperties properties) {
        this.users = properties.brugere();
    }

    UserDetailsService userDetailsService() {
        return name -> {
            SagerProperties.Bruger b = users.get(name);
            if (b == null || b.kodeord() == null || b.rolle() == null) {
                throw new UsernameNotFoundException("ukendt bruger");
            }
            UserDetails u = User.withUsername(name).password(b.kodeord())
                .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + b.rolle().name()))).build();
            return u;
        };
    }

    /** The store's view of the logged-in user. */
    public Caseworker caseworker(Authentication auth) {
        SagerProperties.Bruger b = users.get(auth.getName());
        if (b == null) {
            throw new IllegalStateException("ukendt bruger");
        }
        String jobcenter = b.jobcenter() == null || b.jobcenter().isBlank() ? null : b.jobcenter().strip();
        if (jobcenter == null && b.rolle() != SagerProperties.Rolle.ADMIN) {
            throw new IllegalStateException("en sagsbehandler skal have et jobcenter");
        }
        return new Caseworker(auth.getName(), jobcenter);
    }
}
