package dk.fleksjob.server.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything is public (the calculators need no login), with Spring Security's default headers (no sniffing, no
 * framing, no caching of responses) plus a Content-Security-Policy that allows only the server's own scripts. CSRF
 * protection stays on for every state-changing form; the JSON API under {@code /api/} is stateless (no cookies, no
 * session) and is exempt. The calculator forms use GET: they change nothing, and their URL is the shareable link.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
            .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
            .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
            .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** No users: keeps Spring Boot from creating a default user with a generated password. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
