package rectify.search;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.LifecycleFlows;
import rectify.support.TestData;

/**
 * Search over everything the caller may see: a word found in a problem, in a measure and in a look-back's finding,
 * problems first, each with a snippet around the word; another unit finds none of it; wildcards are characters;
 * an empty query is refused naming the field. Runs on H2 and, when configured, on PostgreSQL (its index).
 */
abstract class SearchApiContract extends rectify.support.ApiTest {

    @Test
    void aWordIsFoundInProblemsMeasuresAndFindingsTheCallerMaySee() {
        String word = "鲸" + "鲨" + (char) ('甲' + (int) (System.nanoTime() % 50));
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long closed = flows.closedProblem();
        TestData data = new TestData(flows.office);
        long problem = data.problem(data.feedbackOf("石龙区科学技术协会"),
                Map.of("title", "关于" + word + "经费报销不规范的问题", "description", "报销凭证缺少审批签字。"));
        ApiClient.Response measure = flows.coordinator.post("/api/v1/problems/" + problem + "/measures",
                "{\"text\":\"对" + word + "项目逐笔复核报销凭证，补齐审批手续。\"}");
        assertThat(measure.status()).as(measure.toString()).isEqualTo(201);
        ApiClient.Response lookBack = flows.office.post("/api/v1/look-backs",
                "{\"problemIds\":[" + closed + "],\"groupName\":\"区委第一巡察组\"}");
        assertThat(lookBack.status()).as(lookBack.toString()).isEqualTo(201);
        long item = lookBack.json().get("items").get(0).get("id").asLong();
        assertThat(flows.office.post("/api/v1/look-back-items/" + item + "/verdict", """
                {"verdict":"PAPER_ONLY","findings":"制度已印发，但%s台账仍未建立。"}""".formatted(word)).status())
                .isEqualTo(200);

        JsonNode found = flows.office.get("/api/v1/search?q=" + word).json();
        List<String> kinds = new ArrayList<>();
        found.get("content").forEach(h -> kinds.add(h.get("kind").asString()));
        assertThat(kinds).containsExactly("PROBLEM", "MEASURE", "FINDING");
        assertThat(found.get("totalElements").asLong()).isEqualTo(3);
        JsonNode first = found.get("content").get(0);
        assertThat(first.get("problemId").asLong()).isEqualTo(problem);
        assertThat(first.get("unitName").asString()).isEqualTo("石龙区科学技术协会");
        assertThat(found.get("content").get(1).get("snippet").asString()).contains("对" + word + "项目逐笔复核");
        assertThat(found.get("content").get(2).get("problemId").asLong()).isEqualTo(closed);
        assertThat(found.get("content").get(2).get("snippet").asString()).contains(word + "台账");

        // a page at a time across the kinds: the second place is the measure, the third the finding
        assertThat(flows.office.get("/api/v1/search?size=1&page=1&q=" + word).json().get("content").get(0)
                .get("kind").asString()).isEqualTo("MEASURE");
        assertThat(flows.office.get("/api/v1/search?size=2&page=1&q=" + word).json().get("content").get(0)
                .get("kind").asString()).isEqualTo("FINDING");
        assertThat(flows.office.get("/api/v1/search?size=2&page=2&q=" + word).json().get("content")).isEmpty();

        // the same word with another one after it: still found by its place in the text, letter for letter
        assertThat(flows.office.get("/api/v1/search?q=" + word + "经费").json().get("totalElements").asLong())
                .isEqualTo(1);
        assertThat(as(EDUCATION_COORDINATOR).get("/api/v1/search?q=" + word).json().get("totalElements").asLong())
                .as("another unit").isZero();
        assertThat(flows.office.get("/api/v1/search?q=" + word + "%25").json().get("totalElements").asLong())
                .as("% is a character").isZero();
        ApiClient.Response empty = flows.office.get("/api/v1/search?q=%20");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("fields").has("q")).isTrue();
    }
}
