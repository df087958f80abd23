package rectify.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The three colours at their boundaries, with the default thresholds (20 and 10 days) and with others. */
class WarningPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    final WarningPolicy defaults = new WarningPolicy(null, null);

    @Test
    void levelsFollowTheDaysLeftInclusiveOfTheirThreshold() {
        assertThat(defaults.levelOf(TODAY.plusDays(21), TODAY)).isEqualTo(WarningLevel.NORMAL);
        assertThat(defaults.levelOf(TODAY.plusDays(20), TODAY)).isEqualTo(WarningLevel.REMIND);
        assertThat(defaults.levelOf(TODAY.plusDays(11), TODAY)).isEqualTo(WarningLevel.REMIND);
        assertThat(defaults.levelOf(TODAY.plusDays(10), TODAY)).isEqualTo(WarningLevel.WARN);
        assertThat(defaults.levelOf(TODAY, TODAY)).as("due today is not yet overdue").isEqualTo(WarningLevel.WARN);
        assertThat(defaults.levelOf(TODAY.minusDays(1), TODAY)).isEqualTo(WarningLevel.OVERDUE);
        assertThat(defaults.levelOf(null, TODAY)).isEqualTo(WarningLevel.NORMAL);
    }

    @Test
    void aLongTermItemWarnsOnItsReviewDateAndAClosedOneNever() {
        LocalDate longAgo = TODAY.minusDays(100);
        assertThat(defaults.levelOf(ProblemStatus.ONGOING, longAgo, TODAY.plusDays(5), TODAY)).isEqualTo(WarningLevel.WARN);
        assertThat(defaults.levelOf(ProblemStatus.ONGOING, TODAY.plusDays(5), TODAY.minusDays(2), TODAY))
                .isEqualTo(WarningLevel.OVERDUE);
        assertThat(defaults.levelOf(ProblemStatus.CLOSED, longAgo, null, TODAY)).isEqualTo(WarningLevel.NORMAL);
        assertThat(defaults.levelOf(ProblemStatus.IN_PROGRESS, longAgo, null, TODAY)).isEqualTo(WarningLevel.OVERDUE);
    }

    @Test
    void thresholdsAreSettings() {
        WarningPolicy month = new WarningPolicy(30, 7);
        assertThat(month.levelOf(TODAY.plusDays(30), TODAY)).isEqualTo(WarningLevel.REMIND);
        assertThat(month.levelOf(TODAY.plusDays(8), TODAY)).isEqualTo(WarningLevel.REMIND);
        assertThat(month.levelOf(TODAY.plusDays(7), TODAY)).isEqualTo(WarningLevel.WARN);
    }

    @Test
    void dueRangesMatchTheLevels() {
        for (WarningLevel level : WarningLevel.values()) {
            LocalDate[] range = defaults.dueRange(level, TODAY);
            if (range[0] != null) {
                assertThat(defaults.levelOf(range[0], TODAY)).as(level + " from").isEqualTo(level);
            }
            if (range[1] != null) {
                assertThat(defaults.levelOf(range[1], TODAY)).as(level + " to").isEqualTo(level);
            }
        }
    }
}
