package rectify.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** What every title ends with is cut as the rule says it: "(的)?问题", then an optional number in brackets. */
class BoilerplateEndTest {

    /** The rule as a pattern: the hand-written reading must cut exactly what this cuts. */
    private static final Pattern RULE = Pattern.compile("(的)?问题[（(]?[0-9０-９]*[）)]?$");

    @Test
    void titlesLoseExactlyTheEndingTheRuleNames() {
        List<String> titles = List.of("会议记录不规范的问题", "经费管理不到位的问题（12）", "经费管理不到位的问题(3)",
                "台账不全问题", "台账不全问题３", "台账不全的问题（", "问题", "的问题", "问题问题", "问题（问题",
                "问题)3", "制度执行不严", "2023", "（3）", "学习制度落实不到位的问题（一）", "");
        for (String title : titles) {
            assertThat(SimilarProblems.withoutBoilerplateEnd(title)).as(title)
                    .isEqualTo(RULE.matcher(title).replaceFirst(""));
        }
    }
}
