package rectify.web;

import static rectify.support.DemoUsers.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import rectify.support.BrowserTest;

/**
 * Every field has a name a screen reader says (a label, aria-label or aria-labelledby), and text is readable by
 * people with low vision: every visible piece of text on the pages people use every day has a
 * contrast of at least 4.5:1 against what is behind it (3:1 when large), measured in the browser as WCAG 2 does.
 */
class AccessibilityBrowserTest extends BrowserTest {

    /** Visible fields that nothing names for assistive technology. */
    private static final String UNNAMED_FIELDS = """
            () => [...document.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea')]
              .filter(f => f.offsetParent !== null || f.closest('.collapse, details'))
              .filter(f => !(f.labels && f.labels.length) && !f.getAttribute('aria-label') && !f.getAttribute('aria-labelledby')
                && !f.getAttribute('title'))
              .map(f => f.tagName.toLowerCase() + '#' + f.id + '[name=' + f.name + ']')
            """;

    @Test
    void everyFieldIsNamedAndEveryTextHasEnoughContrastOnTheEverydayPages() throws Exception {
        String measure = new String(getClass().getResourceAsStream("/contrast.js").readAllBytes(), StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        issueAnOrderOfEachUrgency();
        signIn(INSPECTION_OFFICE);
        for (String path : List.of("/", "/ledger?reset=true", "/inspections", "/supervision-orders", "/reviews",
                "/dashboard", "/notifications")) {
            page.navigate(url(path));
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) page.evaluate(measure);
            found.forEach(f -> failures.add(path + " " + f));
            @SuppressWarnings("unchecked")
            List<String> unnamed = (List<String>) page.evaluate(UNNAMED_FIELDS);
            unnamed.forEach(f -> failures.add(path + " field without a label: " + f));
        }
        page.navigate(url("/ledger?q=" + java.net.URLEncoder.encode("校外培训机构", StandardCharsets.UTF_8)));
        page.locator("#ledger-table tbody tr a").first().click();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        @SuppressWarnings("unchecked")
        List<String> onProblem = (List<String>) page.evaluate(measure);
        onProblem.forEach(f -> failures.add("problem " + f));
        @SuppressWarnings("unchecked")
        List<String> unnamedOnProblem = (List<String>) page.evaluate(UNNAMED_FIELDS);
        unnamedOnProblem.forEach(f -> failures.add("problem field without a label: " + f));
        signOut();
        page.navigate(url("/login"));
        @SuppressWarnings("unchecked")
        List<String> onLogin = (List<String>) page.evaluate(measure);
        onLogin.forEach(f -> failures.add("login " + f));
        org.assertj.core.api.Assertions.assertThat(failures).as("text with too little contrast").isEmpty();
    }

    /** The supervision list shows each urgency's badge, whatever the demo data holds when this test runs. */
    private void issueAnOrderOfEachUrgency() {
        rectify.support.ApiClient office = rectify.support.ApiClient.anonymous(port).signIn(INSPECTION_OFFICE, PASSWORD);
        tools.jackson.databind.JsonNode rows = office.get("/api/v1/problems?status=IN_PROGRESS&size=1").json().get("content");
        long problem = rows.get(0).get("problemId").asLong();
        long unit = office.get("/api/v1/problems/" + problem).json().get("inspectionId").asLong();
        long target = office.get("/api/v1/inspections/" + unit).json().get("targetUnitId").asLong();
        for (String urgency : List.of("URGE", "LISTED")) {
            var issued = office.post("/api/v1/supervision-orders", """
                    {"unitId":%d,"problemIds":[%d],"content":"请加快整改进度，按期报送整改情况。","replyBy":"2099-12-31","urgency":"%s"}"""
                    .formatted(target, problem, urgency));
            org.assertj.core.api.Assertions.assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        }
    }
}
