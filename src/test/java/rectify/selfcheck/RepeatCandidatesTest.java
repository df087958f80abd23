package rectify.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Entering a problem reads out only the unit's titles that hold one of a few of its pairs of characters: no title
 * that would score as a repeat (or as similar) may be left out by that, whatever the titles' lengths and overlaps.
 */
class RepeatCandidatesTest {

    /** Few distinct characters, so random titles share many pairs and scores around the thresholds are common. */
    private static final String CHARACTERS = "经费管理制度落实不到位学习会议";

    @Test
    void everyTitleThatScoresEnoughHoldsOneOfThePairsAsked() {
        Random random = new Random(20261201);
        int scoredEnough = 0;
        for (int n = 0; n < 200_000; n++) {
            String entered = "关于" + title(random) + "的问题";
            String earlier = random.nextInt(4) == 0 ? entered.replace("关于", "") + "（" + n + "）" : title(random);
            int[] wanted = SimilarProblems.pairCodes(entered);
            if (wanted.length == 0) {
                continue;
            }
            for (double atLeast : new double[] {SimilarProblems.REPEAT, SimilarProblems.SIMILAR}) {
                List<String> asked = SimilarProblems.pairsOneOfWhichScores(SimilarProblems.pairs(entered), atLeast);
                assertThat(asked).as("fewer pairs than the title has, when it has several").hasSizeLessThanOrEqualTo(
                        wanted.length);
                if (SimilarProblems.dice(wanted, SimilarProblems.pairCodes(earlier)) >= atLeast) {
                    scoredEnough++;
                    assertThat(asked).as("%s against %s at %s", earlier, entered, atLeast)
                            .anyMatch(earlier::contains);
                }
            }
        }
        assertThat(scoredEnough).as("the thresholds were reached often").isGreaterThan(10_000);
    }

    @Test
    void aLongTitleIsNarrowedToSomeOfItsPairs() {
        String title = "关于党组会议记录不规范且学习制度落实不到位的问题";
        int[] wanted = SimilarProblems.pairCodes(title);
        assertThat(SimilarProblems.pairsOneOfWhichScores(SimilarProblems.pairs(title), SimilarProblems.REPEAT))
                .hasSize(wanted.length - (int) Math.ceil(0.595 * wanted.length / 1.405) + 1)
                .hasSizeLessThan(wanted.length);
    }

    private static String title(Random random) {
        StringBuilder title = new StringBuilder();
        for (int i = 2 + random.nextInt(12); i > 0; i--) {
            title.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return title.toString();
    }
}
