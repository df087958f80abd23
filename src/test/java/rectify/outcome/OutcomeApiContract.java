package rectify.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;

/**
 * Outcomes recorded against problems: who records them, the rules of each kind, the scope, the audit trail, and the
 * round summary summing them per unit.
 */
abstract class OutcomeApiContract extends rectify.support.ApiTest {

    /** A problem of the science association's inspection in this year's round, and that round. */
    long[] kexieProblemOfThisYear(ApiClient office) {
        long round = -1;
        long inspectionId = -1;
        for (JsonNode inspection : office.get("/api/v1/inspections").json()) {
            if (inspection.get("title").asString().equals("区委第一巡察组对区科协党组专项巡察")) {
                round = inspection.get("roundId").asLong();
                inspectionId = inspection.get("id").asLong();
            }
        }
        long unit = unitId(office, "石龙区科学技术协会");
        JsonNode rows = office.get("/api/v1/problems?roundId=" + round + "&unitId=" + unit).json().get("content");
        return new long[] {rows.get(0).get("problemId").asLong(), round, unit, inspectionId};
    }

    JsonNode unitOutcomes(ApiClient office, long round, long unit) {
        for (JsonNode u : office.get("/api/v1/rounds/" + round + "/summary").json().get("units")) {
            if (u.get("unitId").asLong() == unit) {
                return u.get("outcomes");
            }
        }
        throw new AssertionError("unit not in the summary");
    }

    @Test
    void theCoordinatorRecordsOutcomesAndTheRoundSummaryAddsThemUp() {
        ApiClient office = as(INSPECTION_OFFICE);
        ApiClient coordinator = as(KEXIE_COORDINATOR);
        long[] ids = kexieProblemOfThisYear(office);
        long problem = ids[0];
        JsonNode before = unitOutcomes(office, ids[1], ids[2]);

        ApiClient.Response rule = coordinator.post("/api/v1/problems/" + problem + "/outcomes",
                "{\"subtype\":\"NEW\",\"title\":\"《区科协科普项目管理办法》\",\"occurredOn\":\"2026-01-10\"}");
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
        assertThat(rule.json().get("kind").asString()).isEqualTo("INSTITUTION");
        assertThat(coordinator.post("/api/v1/problems/" + problem + "/outcomes",
                "{\"subtype\":\"CRITICISM\",\"people\":2}").status()).isEqualTo(201);
        assertThat(office.post("/api/v1/problems/" + problem + "/outcomes",
                "{\"subtype\":\"REFUNDED\",\"amount\":6.57,\"note\":\"清退违规发放的补贴\"}").status()).isEqualTo(201);

        JsonNode after = unitOutcomes(office, ids[1], ids[2]);
        assertThat(after.get("institutions").asLong()).isEqualTo(before.get("institutions").asLong() + 1);
        assertThat(after.get("people").asLong()).isEqualTo(before.get("people").asLong() + 2);
        assertThat(new BigDecimal(after.get("funds").asString()))
                .isEqualByComparingTo(new BigDecimal(before.get("funds").asString()).add(new BigDecimal("6.57")));

        // the report's opening states them in report words
        var report = office.download("/api/v1/inspections/" + ids[3] + "/report.docx");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(report.body()))) {
            String text = String.join("\n", document.getParagraphs().stream().map(p -> p.getText()).toList());
            assertThat(text).containsPattern("通过整改，完善和新建制度\\d+项，问责\\d+人，清退追缴资金[\\d.]+万元。现将");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // on the problem's history, and removable by who may record them
        JsonNode history = office.get("/api/v1/problems/" + problem).json();
        assertThat(history.toString()).contains("Outcome");
        long ruleId = rule.json().get("id").asLong();
        assertThat(as(KEXIE_RESPONSIBLE).delete("/api/v1/outcomes/" + ruleId).status()).isEqualTo(403);
        assertThat(as(EDUCATION_COORDINATOR).delete("/api/v1/outcomes/" + ruleId).status()).isEqualTo(404);
        assertThat(coordinator.delete("/api/v1/outcomes/" + ruleId).status()).isEqualTo(204);
        assertThat(unitOutcomes(office, ids[1], ids[2]).get("institutions").asLong())
                .isEqualTo(before.get("institutions").asLong());
    }

    @Test
    void eachKindSaysWhatItNeeds() {
        ApiClient coordinator = as(KEXIE_COORDINATOR);
        long problem = kexieProblemOfThisYear(as(INSPECTION_OFFICE))[0];
        String path = "/api/v1/problems/" + problem + "/outcomes";
        assertThat(coordinator.post(path, "{\"subtype\":\"REVISED\"}").message()).contains("制度名称");
        assertThat(coordinator.post(path, "{\"subtype\":\"ADMONITION\",\"people\":0}").message()).contains("人数");
        assertThat(coordinator.post(path, "{\"subtype\":\"RECOVERED\",\"amount\":-1}").message()).contains("金额");
        assertThat(coordinator.post(path, "{\"subtype\":\"RECOVERED\",\"amount\":1.234}").status()).isEqualTo(422);
        assertThat(coordinator.post(path, "{\"title\":\"无类别\"}").status()).isEqualTo(422);
        assertThat(coordinator.post(path, "{\"subtype\":\"NEW\",\"title\":\"明年的制度\",\"occurredOn\":\"2999-01-01\"}")
                .message()).contains("不能晚于今天");
        assertThat(coordinator.post(path, "{\"subtype\":\"NOT_A_KIND\"}").status()).isEqualTo(400);
        assertThat(as(KEXIE_RESPONSIBLE).post(path, "{\"subtype\":\"NEW\",\"title\":\"制度\"}").status()).isEqualTo(403);
        assertThat(as(EDUCATION_COORDINATOR).get(path).status()).isEqualTo(404);
        assertThat(as(EDUCATION_COORDINATOR).post(path, "{\"subtype\":\"NEW\",\"title\":\"制度\"}").status())
                .isEqualTo(404);
    }
}
