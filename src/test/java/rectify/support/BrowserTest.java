package rectify.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Drives the running application in Chromium (the system's /usr/bin/chromium where it exists) and keeps a
 * screenshot of what a person saw in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import({FailingPageController.Page.class, FailingPageController.Api.class})
public abstract class BrowserTest {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        // as long as actions may wait: a loaded CI machine answers a save and its redirect in more than 5 s at times
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        playwright = Playwright.create();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"));
        if (Files.isExecutable(SYSTEM_CHROMIUM)) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = newContext(1366, 860);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected BrowserContext newContext(int width, int height) {
        // reduced motion, as some people set it: panels open at once instead of while a test already clicks in them
        BrowserContext created = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("zh-CN").setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
        created.setDefaultTimeout(10_000);
        return created;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(Page on, String username, String password) {
        on.navigate(url("/login"));
        on.fill("#username", username);
        on.fill("#password", password);
        on.click("#login-submit");
        on.waitForLoadState();
    }

    /** Signs out the way a person does: the user menu, then 退出登录. */
    protected void signOut() {
        page.click("#user-menu");
        page.click("#logout");
        page.waitForURL(url("/login?logout"));
    }

    protected void signIn(String username) {
        signIn(page, username, DemoUsers.PASSWORD);
    }

    protected void screenshot(Page on, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        on.evaluate("window.scrollTo(0, 0)");
        on.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    protected void screenshot(String name) {
        screenshot(page, name);
    }
}
