package rectify.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import rectify.org.RunAs;

/**
 * A dashboard over many problems is counted once a minute and says when (a province's figures cost seconds to
 * count); below the threshold every view counts afresh. Here the threshold is one problem, so the demo is "large".
 */
@SpringBootTest(properties = {"rectify.dashboard.count-once-from=1", "rectify.dashboard.max-age=PT1H"})
@ActiveProfiles({"demo", "test"})
class LargeDashboardsTest {

    @Autowired
    Statistics statistics;

    @Autowired
    RunAs runAs;

    @Test
    void aLargeScopesFiguresAreCountedOnceAndSayWhen() {
        var first = runAs.user("xcb.liu", () -> statistics.overview(null, null, Statistics.Grouping.UNIT, false));
        var again = runAs.user("xcb.liu", () -> statistics.overview(null, null, Statistics.Grouping.UNIT, false));
        assertThat(again).as("the same counting, reused").isSameAs(first);
        assertThat(first.countedAt()).isNotNull();
        assertThat(first.total().problems().value()).isPositive();
        var other = runAs.user("xcb.liu", () -> statistics.overview(null, null, Statistics.Grouping.INSPECTION, false));
        assertThat(other).as("another view is counted on its own").isNotSameAs(first);
    }
}
