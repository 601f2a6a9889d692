package dk.fleksjob.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text is in the message bundles, in both languages, and no template holds text of its own. */
class I18nBundlesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Text a template may hold: whitespace, punctuation, digits. */
    static final Pattern NEUTRAL = Pattern.compile("[\\s\\p{Punct}\\d–—·×]*");
    /** Attributes a person reads or hears. */
    static final Pattern READABLE_ATTRIBUTE = Pattern.compile(
        "\\s(title|alt|placeholder|aria-label|aria-description|value|content)=\"([^\"]*)\"");
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void danishAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> da = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
        assertThat(en).as("keys only in Danish").containsAll(da);
        assertThat(da).as("keys only in English").containsAll(en);
        assertThat(da).hasSizeGreaterThan(100);
        Set<String> sagerDa = new TreeSet<>(bundle("sager.properties").stringPropertyNames());
        assertThat(sagerDa).isEqualTo(new TreeSet<>(bundle("sager_en.properties").stringPropertyNames()));
    }

    @Test
    void noBundleValueIsEmpty() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties", "sager.properties",
            "sager_en.properties")) {
            bundle(name).forEach((k, v) -> assertThat(v.toString()).as(name + " " + k).isNotBlank());
        }
    }

    @Test
    void everyLiteralMessageKeyInATemplateExists() throws IOException {
        Properties da = bundle("messages.properties");
        da.putAll(bundle("sager.properties"));
        for (Path t : templates()) {
            Matcher m = MESSAGE_KEY.matcher(Files.readString(t));
            while (m.find()) {
                assertThat(da.containsKey(m.group(1))).as(t + ": #{" + m.group(1) + "}").isTrue();
            }
        }
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path t : templates()) {
            String html = Files.readString(t)
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<script\\b.*?</script>", "")
                .replaceAll("(?s)<style\\b.*?</style>", "");
            for (String text : html.split("<[^>]*>")) {
                if (!NEUTRAL.matcher(text).matches()) {
                    found.add(t.getFileName() + ": \"" + text.strip() + "\"");
                }
            }
            Matcher a = READABLE_ATTRIBUTE.matcher(html);
            while (a.find()) {
                if (!NEUTRAL.matcher(a.group(2)).matches() && !a.group(2).startsWith("width=")) {
                    found.add(t.getFileName() + ": " + a.group(1) + "=\"" + a.group(2) + "\"");
                }
            }
        }
        assertThat(found).as("text outside the message bundles").isEmpty();
    }

    @Test
    void theTestCanFail() {
        assertThat(NEUTRAL.matcher("Beregn").matches()).isFalse();
        assertThat(NEUTRAL.matcher(" : ; – ").matches()).isTrue();
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            return s.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }
}
