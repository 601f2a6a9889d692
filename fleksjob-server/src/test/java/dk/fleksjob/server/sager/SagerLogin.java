package dk.fleksjob.server.sager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** A browser session in MockMvc: logs in through the real login form (with its CSRF token) and keeps the cookie. */
final class SagerLogin {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final MockMvc mvc;
    final MockHttpSession session = new MockHttpSession();

    SagerLogin(MockMvc mvc) {
        this.mvc = mvc;
    }

    static SagerLogin as(MockMvc mvc, String user) throws Exception {
        SagerLogin s = new SagerLogin(mvc);
        MockHttpServletResponse r = s.perform(post("/login").param("username", user).param("password", "demo")
            .param("_csrf", s.csrf("/login")));
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).as("logged in").doesNotContain("fejl");
        return s;
    }

    MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse();
    }

    String html(String url) throws Exception {
        MockHttpServletResponse r = perform(get(url));
        assertThat(r.getStatus()).as(url).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The CSRF token from a page's form. */
    String csrf(String url) throws Exception {
        Matcher m = CSRF.matcher(html(url));
        assertThat(m.find()).as("CSRF token on " + url).isTrue();
        return m.group(1);
    }

    /** A form POST with the token of the page it was on. */
    MockHttpServletResponse submit(String pageUrl, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return perform(request.param("_csrf", csrf(pageUrl)));
    }
}
