package rectify.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.LifecycleFlows;
import rectify.support.TestData;

/**
 * 举一反三 in the ledger: the problems like a given one across units and rounds, within the caller's scope; and a
 * title about to be entered that repeats a closed problem of the same unit is flagged before it is saved.
 */
abstract class SimilarProblemsContract extends rectify.support.ApiTest {

    @Test
    void whatEveryTitleSaysIsSetAsideAndOnlyAdjacentCharactersCount() {
        assertThat(SimilarProblems.pairs("关于会议记录不规范的问题")).containsExactly("会议", "议记", "记录", "录不", "不规", "规范");
        assertThat(SimilarProblems.pairs("关于经费管理不到位的问题（12）")).containsExactly("经费", "费管", "管理", "理不", "不到", "到位");
        assertThat(SimilarProblems.pairs("ISO认证过期")).containsExactly("认证", "证过", "过期");
    }

    @Test
    void titlesCompareAlikeAsPairsOfCharactersAndAsTheirNumbers() {
        assertThat(SimilarProblems.dice(SimilarProblems.pairCodes("关于会议记录不规范的问题"),
                SimilarProblems.pairCodes("关于会议记录仍不规范的问题"))).isEqualTo(0.77);
        assertThat(SimilarProblems.pairCodes("经费经费")).as("each pair once").hasSize(2);
        String[][] titles = {{"关于经费管理不到位的问题（12）", "经费经费管理"}, {"ISO认证过期", "认证已过期"},
                {"关于公务接待超标准的问题", "关于会议记录不规范的问题"}, {"关于的问题", "会议"}, {"鼂鼃鼄", "鼃鼄一丁"}};
        for (String[] pair : titles) {
            assertThat(SimilarProblems.dice(SimilarProblems.pairCodes(pair[0]), SimilarProblems.pairCodes(pair[1])))
                    .as(pair[0] + " / " + pair[1])
                    .isEqualTo(SimilarProblems.dice(SimilarProblems.pairs(pair[0]), SimilarProblems.pairs(pair[1])));
        }
    }

    @Test
    void aTitleThatRepeatsAClosedProblemOfTheUnitIsFlaggedAndSimilarProblemsAreFoundAcrossUnits() {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long closed = flows.closedProblem();
        TestData data = new TestData(flows.office);
        TestData.Feedback kexieAgain = data.feedbackOf("石龙区科学技术协会");
        TestData.Feedback education = data.feedbackOf("石龙区教育体育局");

        assertThat(repeats(flows.office, kexieAgain.inspectionId(), "关于会议记录仍不规范的问题")).contains(closed);
        assertThat(repeats(flows.office, kexieAgain.inspectionId(), "关于公务接待超标准的问题")).doesNotContain(closed);
        assertThat(repeats(flows.office, education.inspectionId(), "关于会议记录不规范的问题"))
                .as("another unit's closed problem is no repeat").doesNotContain(closed);

        long elsewhere = data.problem(education, Map.of("title", "关于会议记录不规范的问题"));
        JsonNode similar = flows.office.get("/api/v1/problems/" + closed + "/similar").json();
        List<Long> ids = new ArrayList<>();
        similar.forEach(s -> ids.add(s.get("problemId").asLong()));
        assertThat(ids).contains(elsewhere).doesNotContain(closed);
        assertThat(similar.get(0).get("score").asDouble()).isEqualTo(1.0);
        List<Long> seenByUnit = new ArrayList<>();
        flows.coordinator.get("/api/v1/problems/" + closed + "/similar?size=50").json()
                .forEach(s -> seenByUnit.add(s.get("problemId").asLong()));
        assertThat(seenByUnit).as("another unit's problem is out of the coordinator's scope").doesNotContain(elsewhere);
        assertThat(anonymous.signIn(EDUCATION_COORDINATOR, PASSWORD).get("/api/v1/problems/" + closed + "/similar")
                .status()).isEqualTo(404);
    }

    private static List<Long> repeats(ApiClient client, long inspection, String title) {
        List<Long> ids = new ArrayList<>();
        client.get("/api/v1/inspections/" + inspection + "/repeats?title=" + URLEncoder.encode(title, StandardCharsets.UTF_8))
                .json().forEach(s -> ids.add(s.get("problemId").asLong()));
        return ids;
    }
}
