package dk.fleksjob.server.sager;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Login for the case pages. The calculators stay public (their own filter chain, {@code config.SecurityConfig});
 * these two chains come first and cover only the case pages, the login and the case API:
 * <ul>
 *   <li>{@code /sager/**}, {@code /login}, {@code /logout}: form login with a session (timeout
 *       {@code server.servlet.session.timeout}), CSRF on every POST, the calculators' security headers.</li>
 *   <li>{@code /api/v1/sager/**}: HTTP Basic, no session, no cookies, hence no CSRF; JSON only (a cross-site form
 *       cannot send {@code application/json} without a CORS preflight, which the server does not allow).</li>
 * </ul>
 * Every role sees the cases of its own jobcentre (the store scopes every query by it); the audit log is for
 * {@code LEDER} and {@code ADMIN}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SagerProperties.class)
public class SagerSecurity {

    /** The calculators' Content-Security-Policy (config.SecurityConfig): only the server's own scripts. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors 'none'";

    static final String[] ROLES = {"SAGSBEHANDLER", "LEDER", "ADMIN"};

    @Bean
    @Order(1)
    SecurityFilterChain sagerApiSecurity(HttpSecurity http, SagerUsers users) throws Exception {
        http.securityMatcher("/api/v1/sager/**")
            .authenticationManager(authenticationManager(users))
            .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(ROLES))
            .httpBasic(b -> b.realmName("fleksjob"))
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(c -> c.disable())
            .requestCache(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain sagerPagesSecurity(HttpSecurity http, SagerUsers users) throws Exception {
        http.securityMatcher("/sager", "/sager/**", "/login", "/logout")
            .authenticationManager(authenticationManager(users))
            .authorizeHttpRequests(a -> a
                .requestMatchers("/login").permitAll()
                .requestMatchers("/sager/revision").hasAnyRole("LEDER", "ADMIN")
                .anyRequest().hasAnyRole(ROLES))
            .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/sager").failureUrl("/login?fejl"))
            .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logget-ud"))
            .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                .accessDeniedHandler((req, res, ex) -> res.sendError(HttpServletResponse.SC_FORBIDDEN)))
            .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }

    static AuthenticationManager authenticationManager(SagerUsers users) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users.userDetailsService());
        dao.setPasswordEncoder(passwordEncoder());
        return new ProviderManager(dao);
    }

    /** BCrypt hashes, with or without the {bcrypt} prefix. */
    static PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder =
            (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder());
        return encoder;
    }
}
