package rectify.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;

/**
 * The dashboards' figures equal the ledger's counts under the filter each figure links to, for every role and view;
 * a unit sees only its own figures; the round summary carries the same figures into docx and xlsx.
 */
abstract class DashboardApiContract extends rectify.support.ApiTest {

    /** Every {value, ledger} pair anywhere in the answer. */
    static List<JsonNode> figures(JsonNode node) {
        List<JsonNode> found = new ArrayList<>();
        if (node.isObject()) {
            if (node.has("value") && node.has("ledger")) {
                found.add(node);
                return found;
            }
            node.properties().forEach(e -> found.addAll(figures(e.getValue())));
        } else if (node.isArray()) {
            node.forEach(child -> found.addAll(figures(child)));
        }
        return found;
    }

    void everyFigureMatchesTheLedger(ApiClient client, String path) {
        JsonNode answer = client.get(path).json();
        List<JsonNode> figures = figures(answer);
        assertThat(figures).as(path).isNotEmpty();
        for (JsonNode figure : figures) {
            String ledger = figure.get("ledger").asString();
            long listed = client.get("/api/v1/problems?size=1&" + ledger).json().get("totalElements").asLong();
            assertThat(listed).as(path + " → " + ledger).isEqualTo(figure.get("value").asLong());
        }
    }

    List<Long> rounds(ApiClient office) {
        List<Long> ids = new ArrayList<>();
        office.get("/api/v1/rounds").json().forEach(r -> ids.add(r.get("id").asLong()));
        return ids;
    }

    @Test
    void everyFigureCountsExactlyWhatItsLedgerLinkLists() {
        ApiClient office = as(INSPECTION_OFFICE);
        List<String> paths = new ArrayList<>(List.of("/api/v1/stats", "/api/v1/stats?by=INSPECTION&people=true",
                "/api/v1/stats/mine"));
        for (long round : rounds(office)) {
            paths.add("/api/v1/stats?roundId=" + round);
        }
        for (String path : paths) {
            everyFigureMatchesTheLedger(office, path);
        }
        for (String user : List.of(KEXIE_COORDINATOR, KEXIE_LEADER, EDUCATION_COORDINATOR, "jt.qian", OVERSIGHT)) {
            ApiClient client = as(user);
            everyFigureMatchesTheLedger(client, "/api/v1/stats?by=INSPECTION&people=true");
            everyFigureMatchesTheLedger(client, "/api/v1/stats/mine");
        }
        // the demo data gives every kind of figure something to count, so the equalities above are not vacuous
        JsonNode total = office.get("/api/v1/stats").json().get("total");
        for (String figure : List.of("problems", "closed", "ongoing", "open", "overdue", "closedOnTime")) {
            assertThat(total.get(figure).get("value").asLong()).as(figure).isPositive();
        }
        assertThat(as("jt.qian").get("/api/v1/stats/mine").json().get("all").get("value").asLong()).isPositive();
    }

    @Test
    void rowsAddUpToTheTotal() {
        JsonNode stats = as(INSPECTION_OFFICE).get("/api/v1/stats").json();
        long sum = 0;
        for (JsonNode row : stats.get("rows")) {
            sum += row.get("figures").get("problems").get("value").asLong();
        }
        assertThat(sum).isEqualTo(stats.get("total").get("problems").get("value").asLong());
        JsonNode completion = stats.get("total").get("completionRate");
        assertThat(completion.asDouble()).isEqualTo((double) stats.get("total").get("closed").get("value").asLong()
                / stats.get("total").get("problems").get("value").asLong());
    }

    @Test
    void aUnitSeesOnlyItsOwnFigures() {
        ApiClient kexie = as(KEXIE_COORDINATOR);
        JsonNode byUnit = kexie.get("/api/v1/stats?people=true").json();
        assertThat(byUnit.get("people")).isNotEmpty();
        assertThat(byUnit.get("rows").findValuesAsString("name")).containsOnly("石龙区科学技术协会");
        for (JsonNode person : byUnit.get("people")) {
            assertThat(person.get("unitName").asString()).contains("科");
        }
        for (JsonNode department : byUnit.get("departments")) {
            assertThat(department.get("name").asString()).startsWith("区科协");
        }
        long round = rounds(as(INSPECTION_OFFICE)).get(0);
        assertThat(kexie.get("/api/v1/rounds/" + round + "/summary").status()).isEqualTo(403);
        assertThat(kexie.download("/api/v1/rounds/" + round + "/summary.xlsx").statusCode()).isEqualTo(403);
        assertThat(as(SYSTEM_ADMIN).get("/api/v1/stats").status()).isEqualTo(403);
        assertThat(as(INSPECTION_OFFICE).get("/api/v1/rounds/999999/summary").status()).isEqualTo(404);
    }

    @Test
    void theRoundSummaryCountsFeedbackAndSelfFoundProblemsApartAndEachFigureListsWhatItCounts() {
        ApiClient office = as(INSPECTION_OFFICE);
        long selfFound = 0;
        for (long round : rounds(office)) {
            everyFigureMatchesTheLedger(office, "/api/v1/rounds/" + round + "/summary");
            JsonNode summary = office.get("/api/v1/rounds/" + round + "/summary").json();
            long all = office.get("/api/v1/stats?roundId=" + round).json().get("total").get("problems").get("value")
                    .asLong();
            long feedback = summary.get("total").get("problems").get("value").asLong();
            long own = summary.get("selfFound").get("problems").get("value").asLong();
            assertThat(feedback + own).isEqualTo(all);
            selfFound += own;
        }
        assertThat(selfFound).as("the demo has a problem a unit found itself").isPositive();
    }

    @Test
    void theRoundSummaryCarriesTheDashboardFiguresIntoItsDocuments() throws Exception {
        ApiClient office = as(INSPECTION_OFFICE);
        for (long round : rounds(office)) {
            JsonNode summary = office.get("/api/v1/rounds/" + round + "/summary").json();
            JsonNode stats = office.get("/api/v1/stats?origin=FEEDBACK&roundId=" + round).json();
            assertThat(summary.get("units")).hasSameSizeAs(stats.get("rows"));
            for (int i = 0; i < summary.get("units").size(); i++) {
                JsonNode unit = summary.get("units").get(i);
                JsonNode row = stats.get("rows").get(i);
                assertThat(unit.get("name")).isEqualTo(row.get("name"));
                assertThat(unit.get("figures")).isEqualTo(row.get("figures"));
            }
            assertThat(summary.get("total")).isEqualTo(stats.get("total"));

            var xlsx = office.download("/api/v1/rounds/" + round + "/summary.xlsx");
            assertThat(xlsx.statusCode()).isEqualTo(200);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet sheet = workbook.getSheetAt(0);
                DataFormatter format = new DataFormatter();
                assertThat(format.formatCellValue(sheet.getRow(0).getCell(0)))
                        .isEqualTo(summary.get("roundName").asString() + "整改情况汇总");
                int r = 3;
                for (JsonNode unit : summary.get("units")) {
                    Row row = sheet.getRow(r++);
                    assertThat(format.formatCellValue(row.getCell(1))).isEqualTo(unit.get("name").asString());
                    assertThat((long) row.getCell(2).getNumericCellValue())
                            .isEqualTo(unit.get("figures").get("problems").get("value").asLong());
                    assertThat((long) row.getCell(3).getNumericCellValue())
                            .isEqualTo(unit.get("figures").get("closed").get("value").asLong());
                    assertThat((long) row.getCell(6).getNumericCellValue())
                            .isEqualTo(unit.get("figures").get("overdue").get("value").asLong());
                    assertThat((long) row.getCell(10).getNumericCellValue())
                            .isEqualTo(unit.get("selfFound").get("problems").get("value").asLong());
                    assertThat((long) row.getCell(11).getNumericCellValue())
                            .isEqualTo(unit.get("outcomes").get("institutions").asLong());
                    assertThat((long) row.getCell(12).getNumericCellValue())
                            .isEqualTo(unit.get("outcomes").get("people").asLong());
                    assertThat(row.getCell(13).getNumericCellValue())
                            .isEqualTo(unit.get("outcomes").get("funds").asDouble());
                }
                assertThat(format.formatCellValue(sheet.getRow(r).getCell(1))).isEqualTo("合计");
                assertThat((long) sheet.getRow(r).getCell(2).getNumericCellValue())
                        .isEqualTo(summary.get("total").get("problems").get("value").asLong());
            }

            var docx = office.download("/api/v1/rounds/" + round + "/summary.docx");
            assertThat(docx.statusCode()).isEqualTo(200);
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
                String text = String.join("\n", document.getParagraphs().stream().map(p -> p.getText()).toList());
                long problems = summary.get("total").get("problems").get("value").asLong();
                assertThat(text).contains(summary.get("roundName").asString() + "整改情况汇总")
                        .contains("反馈问题" + problems + "个");
                long own = summary.get("selfFound").get("problems").get("value").asLong();
                if (own > 0) {
                    assertThat(text).contains("另自查自纠问题" + own + "个");
                }
                assertThat(document.getTables()).hasSize(2);
                assertThat(document.getTables().get(0).getRows()).hasSize(summary.get("units").size() + 2);
                assertThat(document.getTables().get(1).getRows()).hasSize(summary.get("units").size() + 2);
                assertThat(document.getTables().get(1).getRow(0).getCell(2).getText()).isEqualTo("建章立制（项）");
            }
        }
    }

    /** The seed round's summary says what followed: the demo's 回头看 (ten held, one on paper) and two standing duties. */
    @Test
    void theRoundSummaryStatesTheLookBackVerdictsAndTheStandingDuties() throws Exception {
        long round = 0;
        for (var r : as(INSPECTION_OFFICE).get("/api/v1/rounds").json()) {
            if (r.get("name").asString().equals("十三届区委第二轮巡察")) {
                round = r.get("id").asLong();
            }
        }
        var follow = as(INSPECTION_OFFICE).get("/api/v1/rounds/" + round + "/summary").json().get("followUp");
        assertThat(follow.get("revisited").asInt()).isEqualTo(11);
        assertThat(follow.get("held").asInt()).isEqualTo(10);
        assertThat(follow.get("paperOnly").asInt()).isEqualTo(1);
        assertThat(follow.get("duties").asInt()).isEqualTo(2);
        var docx = as(INSPECTION_OFFICE).download("/api/v1/rounds/" + round + "/summary.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText();
            assertThat(text).contains("开展回头看，复查问题11个，整改到位10个", "纸面整改1个", "建立长效机制2项，按期落实率");
        }
    }
}
