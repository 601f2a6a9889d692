package dk.fleksjob.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in a real browser: Debian's headless Chromium driven by its chromedriver (installed by {@code .ci/run}).
 * Skipped, not failed, where the browser is not installed. Fills the form, reads the result and the explanation,
 * checks the charts are drawn, switches language, and runs axe-core (WCAG 2.1 A and AA) on every page.
 *
 * <p>{@code -Dscreenshots=DIR} also writes a full-page screenshot of each page to DIR (the README's pictures:
 * {@code -Dscreenshots=../docs/screenshots}); they always go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "fleksjob.store.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "browserInstalled",
    disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver); .ci/run installs them")
class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    static final String STAR = "/fleksloen?maaned=2024-05&timeloen=200&timer=18";
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;
    String axe;

    static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeAll
    void startBrowser() throws IOException {
        driver = browser(true);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(in).as("axe-core is unpacked into target/test-classes/axe by the build").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static WebDriver browser(boolean javascript) throws IOException {
        Path userDataDir = Files.createTempDirectory("fleksjob-chromium");
        ChromeOptions options = new ChromeOptions();
        if (!javascript) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--user-data-dir=" + userDataDir, "--window-size=1280,1000", "--lang=da-DK");
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void danish() {
        if (driver != null) {
            driver.manage().deleteAllCookies();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    @Test
    void fillTheFormSubmitAndReadTheResultAndTheExplanation() {
        driver.get(url("/fleksloen"));
        driver.findElement(By.id("maaned")).sendKeys("2024-05");
        driver.findElement(By.id("timeloen")).sendKeys("200");
        driver.findElement(By.id("timer")).sendKeys("18");
        driver.findElement(By.id("beregn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("resultat")));

        // STAR's example: 18 hours at 200 kr. in May 2024
        assertThat(driver.findElement(By.id("r-maanedsloen")).getText()).isEqualTo("15.600,00 kr.");
        assertThat(driver.findElement(By.id("r-fleksloentilskud")).getText()).isEqualTo("15.272,00 kr.");
        assertThat(driver.findElement(By.id("r-atpBidrag")).getText()).isEqualTo("500,00 kr.");
        assertThat(driver.findElement(By.id("r-samletIndkomst")).getText()).isEqualTo("30.872,00 kr.");
        assertThat(driver.getCurrentUrl()).contains("maaned=2024-05", "timeloen=200", "timer=18");

        WebElement explanation = driver.findElement(By.id("forklaring"));
        assertThat(explanation.findElements(By.cssSelector("li[data-trin]")).size()).isGreaterThan(5);
        assertThat(explanation.getText()).contains("30 pct. af lønindtægten op til knækket", "LAB § 123, stk. 2");
        assertThat(explanation.findElement(By.linkText("LAB § 123, stk. 2")).getAttribute("href"))
            .startsWith("https://www.retsinformation.dk/");
    }

    @Test
    void thePagesWorkWithoutJavaScript() throws IOException {
        WebDriver plain = browser(false);
        try {
            plain.get(url("/fleksloen"));
            plain.findElement(By.id("maaned")).sendKeys("2024-05");
            plain.findElement(By.id("timeloen")).sendKeys("200");
            plain.findElement(By.id("timer")).sendKeys("18");
            plain.findElement(By.id("beregn")).click();
            new WebDriverWait(plain, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("resultat")));
            assertThat(plain.findElement(By.id("r-samletIndkomst")).getText()).isEqualTo("30.872,00 kr.");
            // no chart without script, but its figures are there as a table
            assertThat(plain.findElement(By.id("graf-timer")).isDisplayed()).isFalse();
            plain.findElement(By.xpath("//section[@aria-labelledby='graf-timer-titel']//summary")).click();
            assertThat(plain.findElement(By.xpath("//section[@aria-labelledby='graf-timer-titel']//table")).getText())
                .contains("30.872,00 kr.");
            plain.findElement(By.id("sprogskift")).click();
            assertThat(plain.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        } finally {
            plain.quit();
        }
    }

    @Test
    void theChartsAreDrawn() throws IOException {
        driver.get(url(STAR));
        for (String id : List.of("graf-timer", "graf-aar")) {
            wait.until(d -> Boolean.TRUE.equals(js().executeScript(
                "return !!(window.Chart && Chart.getChart(document.getElementById(arguments[0])));", id)));
            Number painted = (Number) js().executeScript("""
                var c = document.getElementById(arguments[0]);
                var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;
                for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; }
                return n;""", id);
            assertThat(painted.intValue()).as(id + " painted pixels").isGreaterThan(5000);
            Number bars = (Number) js().executeScript(
                "return Chart.getChart(document.getElementById(arguments[0])).data.labels.length;", id);
            assertThat(bars.intValue()).isEqualTo(id.equals("graf-timer") ? 37 : 14);
            WebElement canvas = driver.findElement(By.id(id));
            js().executeScript("arguments[0].scrollIntoView();", canvas);
            save(id, canvas.findElement(By.xpath("./ancestor::section[1]")).getScreenshotAs(OutputType.BYTES));
        }
    }

    @Test
    void switchLanguageAndBack() {
        driver.get(url(STAR));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
        driver.findElement(By.id("sprogskift")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your pay in a fleksjob");
        assertThat(driver.findElement(By.id("resultat")).getText()).contains("Total income before tax", "30.872,00 kr.");

        driver.get(url("/satser"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Rates");

        driver.findElement(By.id("sprogskift")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "da"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Satser");
    }

    @Test
    void errorsAreShownAndTheSummaryLinksToTheField() {
        driver.get(url("/fleksloen?maaned=2024-05&timeloen=mange&timer=18"));
        WebElement summary = driver.findElement(By.id("fejlopsummering"));
        assertThat(summary.getText()).contains("Værdien skal være et tal.");
        summary.findElement(By.linkText("Værdien skal være et tal.")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("timeloen");
    }

    @Test
    void axeFindsNoWcag21AaViolationsOnAnyPage() throws IOException {
        record Page(String name, String path) {
        }
        List<Page> pages = List.of(
            new Page("forside", "/"),
            new Page("fleksloen-tom", "/fleksloen"),
            new Page("fleksloen", STAR),
            new Page("fleksloen-fejl", "/fleksloen?maaned=2024-13&timeloen=mange&timer=40"),
            new Page("fleksloen-udskriv", "/fleksloen/udskriv?maaned=2024-05&timeloen=200&timer=18"),
            new Page("arbejdsgiver", "/arbejdsgiver?maaned=2024-05&timeloen=200&timer=20&intensitet=0,5"),
            new Page("satser", "/satser"),
            new Page("ledighedsydelse", "/ledighedsydelse?maaned=2024-05&kategori=SATS_89&loen=10000"),
            new Page("ledighedsydelse-udskriv", "/ledighedsydelse/udskriv?maaned=2024-05&kategori=SATS_89&loen=10000"),
            new Page("fleksydelse",
                "/fleksydelse?aar=2024&foedselsdato=1960-03-15&livsvarigPension=60000&timer=40&timeloen=200"),
            new Page("selvstaendige", "/selvstaendige?aar=2024&overskud=150000&aegtefaeller=true"),
            new Page("frister", "/frister?foedselsdato=1970-06-01&startdato=2024-01-01&foersteFleksjob=true"),
            new Page("frister-fejl", "/frister?foedselsdato=1970-06-01&startdato=2024-01-01"),
            new Page("fleksloen-en", STAR + "&lang=en"),
            new Page("sager-login", "/login"));
        StringBuilder violations = new StringBuilder();
        for (Page p : pages) {
            driver.get(url(p.path()));
            axe(violations);
            screenshot(p.name());
        }
        assertThat(violations.toString()).as("axe-core violations").isEmpty();
    }

    /** Runs axe-core (WCAG 2.1 A and AA) on the page in the browser; a violation is added to the list with the path. */
    void axe(StringBuilder violations) {
        wait.until(d -> "complete".equals(js().executeScript("return document.readyState")));
        js().executeScript(axe);
        Object result = js().executeAsyncScript("""
            var done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
              .then(function (r) {
                done(JSON.stringify(r.violations.map(function (v) {
                  return { id: v.id, impact: v.impact, help: v.help,
                           nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }) };
                })));
              })
              .catch(function (e) { done('axe failed: ' + e); });""", WCAG_21_AA);
        if (!"[]".equals(result)) {
            String page = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
            violations.append(page).append(": ").append(result).append('\n');
        }
    }

    /**
     * The caseworker's pages behind the login, in the state a caseworker sees them: logs in through the form, creates
     * a case through the form, adds a grant and an employment, uploads a month's income and then a corrected file
     * (so a negative efterregulering waits for a decision), opens its explanation, shows a field error, the
     * deadlines, and as the leader the audit log. axe-core on each; screenshots of the case and the explanation.
     */
    @Test
    void axeFindsNoWcag21AaViolationsOnTheCasePagesBehindTheLogin(@org.junit.jupiter.api.io.TempDir Path dir)
        throws IOException {
        StringBuilder violations = new StringBuilder();
        logIn("sagsbehandler");
        driver.get(url("/sager"));
        axe(violations);
        driver.get(url("/sager/ny"));
        axe(violations);
        driver.findElement(By.id("cpr")).sendKeys("1105901234");
        driver.findElement(By.id("navn")).sendKeys("Dorte Hansen");
        driver.findElement(By.id("opret")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sag-navn")));
        String casePath = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        assertThat(casePath).matches("/sager/\\d+");

        setValue("b-fra", "2026-01-01");
        setValue("b-til", "2030-12-31");
        submit("ny-bevilling");
        driver.findElement(By.id("a-cvr")).sendKeys("12345678");
        setValue("a-fra", "2026-01-01");
        driver.findElement(By.id("a-timer")).sendKeys("18");
        driver.findElement(By.id("a-timeloen")).sendKeys("190,48");
        driver.findElement(By.id("a-fuldtid")).sendKeys("32067");
        submit("ny-ansaettelse");
        assertThat(driver.findElement(By.id("ansaettelser")).getText()).contains("12345678", "190,48 kr.");

        driver.get(url("/sager/udbetaling"));
        axe(violations);
        // November's payout on October's wage; then a corrected file with the higher real wage for the same month
        upload(dir, "1105901234;12345678;2026-10;10000;0;500;78");
        axe(violations);
        upload(dir, "1105901234;12345678;2026-10;14857.14;0;742.86;78");
        assertThat(driver.findElement(By.id("koert")).getText()).contains("1 afventer afgørelse");

        driver.get(url(casePath));
        WebElement pending = driver.findElement(By.cssSelector("form[id^='afgoerelse-']"));
        // open the folded forms (rename, edit the employment) so axe checks them too
        for (WebElement summary : driver.findElements(By.cssSelector("details > summary"))) {
            summary.click();
        }
        axe(violations);
        screenshot("sager-sag");
        String explanation = pending.getAttribute("action").replaceFirst("/afgoerelse$", "");
        driver.get(explanation);
        assertThat(driver.findElement(By.id("forklaring")).getText()).contains("§ 123");
        axe(violations);
        screenshot("sager-forklaring");

        // a bad value in the employment's edit form: the case page again with the message by the field
        driver.get(url(casePath));
        driver.findElement(By.cssSelector("details.ret-ansaettelse summary")).click();
        WebElement hours = driver.findElement(By.cssSelector("input[id$='-timerPrUge']"));
        hours.clear();
        hours.sendKeys("-5");
        hours.submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fejlopsummering")));
        assertThat(driver.findElement(By.cssSelector(".form-error .form-error-message")).getText())
            .contains("tallet skal være mellem 0 og 999,99");
        axe(violations);

        driver.get(url("/sager/frister"));
        axe(violations);
        driver.findElement(By.id("log-ud")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logget-ud")));
        logIn("leder");
        driver.get(url("/sager/revision"));
        assertThat(driver.findElement(By.id("revision")).getText()).contains("INDKOMST_IMPORTERET");
        axe(violations);
        assertThat(violations.toString()).as("axe-core violations").isEmpty();
    }

    void logIn(String user) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("log-ind")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** A date or month field's value, set as the browser's own picker would (its typed format depends on the locale). */
    void setValue(String id, String value) {
        js().executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
    }

    void submit(String formId) {
        WebElement form = driver.findElement(By.id(formId));
        form.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.stalenessOf(form));
    }

    void upload(Path dir, String line) throws IOException {
        Path csv = Files.createTempFile(dir, "indkomst", ".csv");
        Files.writeString(csv, "cpr;cvr;indkomstmaaned;loen;pension_ansat;pension_arbejdsgiver;timer\n" + line + "\n");
        driver.get(url("/sager/udbetaling"));
        setValue("maaned", "2026-11");
        driver.findElement(By.id("fil")).sendKeys(csv.toAbsolutePath().toString());
        driver.findElement(By.id("koer")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("koert")));
    }

    /** A full-page screenshot: the window is made as tall as the page first. */
    void screenshot(String name) throws IOException {
        Number height = (Number) js().executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(1280, Math.min(6000, height.intValue() + 100)));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        save(name, png);
    }

    static void save(String name, byte[] png) throws IOException {
        Path target = Path.of("target/screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), png);
        String extra = System.getProperty("screenshots");
        if (extra != null && !extra.isBlank()) {
            Path dir = Path.of(extra);
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), png);
        }
    }

}
