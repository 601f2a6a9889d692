package dk.fleksjob.server.sager;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * Login for the case pages. The calculators stay public (their own filter chain, {@code config.SecurityConfig});
 * these two chains come first and cover only the case pages, the login and the case API:
 * <ul>
 *   <li>{@code /sager/**}, {@code /login}, {@code /logout}: form login with a session (timeout
 *       {@code server.servlet.session.timeout}), CSRF on every POST, the calculators' security headers.</li>
 *   <li>{@code /api/v1/sager/**}: HTTP Basic, no session, no cookies, hence no CSRF; JSON only (a cross-site form
 *       cannot send {@code application/json} without a CORS preflight, which the server does not allow). 401 and
 *       403 are RFC 9457 problem details like the API's other errors.</li>
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

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    @Order(1)
    SecurityFilterChain sagerApiSecurity(HttpSecurity http, SagerUsers users) throws Exception {
        http.securityMatcher("/api/v1/sager/**")
            .authenticationManager(authenticationManager(users))
            .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(ROLES))
            .httpBasic(b -> b.realmName("fleksjob").authenticationEntryPoint(SagerSecurity::unauthorized))
            .exceptionHandling(e -> e.authenticationEntryPoint(SagerSecurity::unauthorized)
                .accessDeniedHandler((req, res, ex) -> problem(req, res, HttpServletResponse.SC_FORBIDDEN,
                    "urn:fleksjob:problem:ingen-adgang", "Ingen adgang",
                    "Din bruger har ikke en rolle, der må bruge sagerne.")))
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

    /** 401 with the Basic challenge and an RFC 9457 problem body, like the API's other errors. */
    static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
        throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"fleksjob\"");
        problem(request, response, HttpServletResponse.SC_UNAUTHORIZED, "urn:fleksjob:problem:ikke-logget-ind",
            "Log ind", "Sagerne kræver brugernavn og kodeord (HTTP Basic).");
    }

    static void problem(HttpServletRequest request, HttpServletResponse response, int status, String type, String title,
                        String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, "da");
        response.getWriter().write(JSON.writeValueAsString(body));
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
