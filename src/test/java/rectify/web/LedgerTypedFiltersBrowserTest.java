package rectify.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static rectify.support.DemoUsers.*;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import rectify.support.BrowserTest;

/**
 * A jurisdiction's hundreds of inspections, units and people are typed into the ledger's filters, not listed on
 * every view (here from four choices on, as at province scale from a hundred): the choices containing the words
 * come from the server, within the caller's scope, and the chosen one filters the ledger.
 */
@TestPropertySource(properties = "rectify.ledger.list-choices-up-to=3")
class LedgerTypedFiltersBrowserTest extends BrowserTest {

    @Test
    void theOfficeTypesAUnitChoosesItAndTheLedgerShowsItsProblems() {
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/ledger?reset=true"));
        assertThat(page.locator("input#f-unit[type=search]")).isVisible();
        assertThat(page.locator("input#f-inspection[type=search]")).isVisible();
        assertThat(page.locator("select#f-unit")).hasCount(0);

        page.fill("#f-unit", "教育体育");
        var offered = page.locator("#f-unit-choices option[value*='教育体育']");
        offered.first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        String label = offered.first().getAttribute("value");
        org.assertj.core.api.Assertions.assertThat(label).contains("教育体育");
        page.fill("#f-unit", label);
        assertThat(page.locator("#f-unit-id")).not().hasValue("");
        String unitId = page.locator("#f-unit-id").inputValue();
        screenshot("ledger-typed-unit");
        page.click("#ledger-search");
        page.waitForURL(u -> u.contains("responsibleUnitId=" + unitId));
        assertThat(page.locator("#f-unit")).hasValue(label);
        var rows = page.locator("#ledger-table tbody tr");
        org.assertj.core.api.Assertions.assertThat(rows.count()).isPositive();

        // words that are none of the choices are not sent as "all units"
        page.fill("#f-unit", "并无此单位");
        page.click("#ledger-search");
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("responsibleUnitId=" + unitId);
        org.assertj.core.api.Assertions.assertThat(page.locator("#f-unit").evaluate("f => f.validationMessage"))
                .isEqualTo("请从列出的选项中选择，或清空此项。");
        // cleared, it filters by no unit again
        page.fill("#f-unit", "");
        page.click("#ledger-search");
        page.waitForURL(u -> u.contains("responsibleUnitId=&") || u.endsWith("responsibleUnitId="));
    }

    @Test
    void aLedgerAddressWithChosenFiltersShowsTheirNamesInTheTypedFields() {
        signIn(INSPECTION_OFFICE);
        String[] inspection = firstChoice("inspections", "科协");
        String[] person = firstChoice("people", "陈晓");
        page.navigate(url("/ledger?inspectionId=" + inspection[0] + "&responsibleUserId=" + person[0]));
        assertThat(page.locator("#f-inspection")).hasValue(inspection[1]);
        assertThat(page.locator("#f-inspection-id")).hasValue(inspection[0]);
        assertThat(page.locator("#f-person")).hasValue(person[1]);
        assertThat(page.locator("#f-person-id")).hasValue(person[0]);
        // the chosen filters stay when the form is sent again unchanged
        page.click("#ledger-search");
        page.waitForURL(u -> u.contains("inspectionId=" + inspection[0]) && u.contains("responsibleUserId=" + person[0]));
    }

    /** The id and label of the first choice of a kind containing the words, as the page fetches them. */
    private String[] firstChoice(String kind, String words) {
        String answer = page.request().get(url("/ledger/choices/" + kind + "?q=" + encoded(words))).text();
        var found = java.util.regex.Pattern.compile("\\{\"id\":(\\d+),\"label\":\"([^\"]+)\"").matcher(answer);
        org.assertj.core.api.Assertions.assertThat(found.find()).as(answer).isTrue();
        return new String[] {found.group(1), found.group(2)};
    }

    @Test
    void theChoicesOfferedAreOnlyThoseWithinTheCallersScope() {
        signIn(INSPECTION_OFFICE);
        String office = page.request().get(url("/ledger/choices/units?q=" + encoded("教育体育"))).text();
        org.assertj.core.api.Assertions.assertThat(office).contains("教育体育");
        signOut();

        signIn(KEXIE_COORDINATOR);
        page.navigate(url("/ledger?reset=true"));
        var answer = page.request().get(url("/ledger/choices/units?q=" + encoded("教育体育")));
        org.assertj.core.api.Assertions.assertThat(answer.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(answer.text()).isEqualTo("[]");
        String people = page.request().get(url("/ledger/choices/people?q=")).text();
        org.assertj.core.api.Assertions.assertThat(people).doesNotContain("赵磊");
        org.assertj.core.api.Assertions.assertThat(page.request().get(url("/ledger/choices/secrets?q=")).status())
                .isEqualTo(404);
    }

    @Test
    void aLedgerAddressNamingAUnitOrPersonOutsideTheCallersScopeDoesNotShowTheirName() {
        signIn(INSPECTION_OFFICE);
        String[] unit = firstChoice("units", "教育体育局");
        String[] person = firstChoice("people", "赵磊");
        signOut();

        signIn(KEXIE_COORDINATOR);
        com.microsoft.playwright.Response byUnit = page.navigate(url("/ledger?responsibleUnitId=" + unit[0]));
        org.assertj.core.api.Assertions.assertThat(byUnit.status()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(unit[1]);
        page.navigate(url("/ledger?responsibleUserId=" + person[0]));
        assertThat(page.locator("#f-person")).hasValue("");
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(person[1]);
    }

    private static String encoded(String words) {
        return java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8);
    }
}
