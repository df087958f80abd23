package rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Long titles break between words into balanced lines, the upper no shorter than the lower. */
class TitleLinesTest {

    @Test
    void theSeedTitleBreaksAfterTheInspectionGroup() {
        assertThat(TitleLines.of("石龙区科学技术协会关于区委第二巡察组反馈意见整改落实情况的报告"))
                .containsExactly("石龙区科学技术协会关于区委第二巡察组", "反馈意见整改落实情况的报告");
    }

    @Test
    void shortTitlesStayOnOneLineAndTheUsersBreaksWin() {
        assertThat(TitleLines.of("关于巡察整改情况的报告")).containsExactly("关于巡察整改情况的报告");
        assertThat(TitleLines.of("中共石龙区民政局党组关于区委第三巡察组\n反馈意见整改进展情况的报告"))
                .containsExactly("中共石龙区民政局党组关于区委第三巡察组", "反馈意见整改进展情况的报告");
    }

    @Test
    void veryLongTitlesTakeThreeBalancedLinesAndNoLineIsTooLong() {
        var lines = TitleLines.of("中共石龙区科学技术协会党组关于区委第二巡察组专项巡察反馈意见整改落实情况和下一步工作安排的报告");
        assertThat(lines).hasSize(3);
        assertThat(lines).allMatch(l -> TitleLines.width(l) <= TitleLines.PER_LINE);
        assertThat(String.join("", lines)).isEqualTo("中共石龙区科学技术协会党组关于区委第二巡察组专项巡察反馈意见整改落实情况和下一步工作安排的报告");
    }
}
