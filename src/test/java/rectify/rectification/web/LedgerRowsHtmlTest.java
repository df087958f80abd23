package rectify.rectification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import rectify.inspection.ProblemOrigin;
import rectify.inspection.ProblemStatus;
import rectify.inspection.RectificationType;
import rectify.inspection.WarningLevel;
import rectify.rectification.LedgerRow;

/** The ledger page's rows as LedgerRowsHtml writes them: what each reader may do, and nothing typed runs as markup. */
class LedgerRowsHtmlTest {

    private static final LedgerRowsHtml.Words WORDS = (key, args) -> "[" + key
            + (args.length == 0 ? "" : " " + String.join(",", Arrays.stream(args).map(String::valueOf).toList())) + "]";

    private static LedgerRow row(String title, String unit, ProblemStatus status, WarningLevel warning,
                                 LocalDate deadline, LocalDate originalDeadline) {
        return new LedgerRow(7, 3, "巡察", unit, 2, "落实“两个责任”有差距", 5, title, "描述",
                RectificationType.TIME_LIMITED, ProblemOrigin.FEEDBACK, status, deadline, originalDeadline, null,
                status == ProblemStatus.CLOSED ? LocalDate.of(2026, 3, 1) : null, null,
                List.of("科普部", "办公室"), List.of("陈晓"), 3, 1, null, warning, 0);
    }

    private static String write(boolean office, boolean acrossInspections, LedgerRow... rows) {
        return new LedgerRowsHtml(WORDS, d -> d == null ? "—" : d.toString(), "/ctx/problems/", office,
                acrossInspections).write(List.of(rows));
    }

    @Test
    void whatWasTypedIsShownAsTextNeverAsMarkup() {
        String html = write(true, true, row("<img src=x onerror=alert(1)>\"' & 问题", "<b>单位</b>",
                ProblemStatus.IN_PROGRESS, WarningLevel.NORMAL, LocalDate.of(2026, 6, 30), null));
        assertThat(html).doesNotContain("<img", "<b>")
                .contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39; &amp; 问题</a>")
                .contains("aria-label=\"[ledger.choose] &lt;img src=x onerror=alert(1)&gt;&quot;&#39; &amp; 问题\"")
                .contains("<span>&lt;b&gt;单位&lt;/b&gt; · </span>");
    }

    @Test
    void theOfficeMayPickOpenRowsOnlyAndOthersNone() {
        LedgerRow open = row("甲", "区科协", ProblemStatus.IN_PROGRESS, WarningLevel.OVERDUE, LocalDate.of(2026, 1, 1), null);
        LedgerRow closed = row("乙", "区科协", ProblemStatus.CLOSED, WarningLevel.NORMAL, LocalDate.of(2026, 1, 1), null);
        assertThat(write(true, true, open)).contains("id=\"choose-7\"");
        assertThat(write(true, true, closed)).doesNotContain("problemIds");
        assertThat(write(false, true, open)).doesNotContain("problemIds");
    }

    @Test
    void eachRowSaysItsWarningStatusDeadlineAndPeople() {
        String html = write(false, false, row("甲", "区科协", ProblemStatus.IN_PROGRESS, WarningLevel.OVERDUE,
                LocalDate.of(2026, 7, 31), LocalDate.of(2026, 6, 30)));
        assertThat(html).startsWith("<tr class=\"warn-row-OVERDUE\" id=\"row-7\">")
                .contains("href=\"/ctx/problems/7\"")
                .contains("<span class=\"badge warning-badge warning-OVERDUE\">[warning.OVERDUE]</span>")
                .contains("<span class=\"badge status-badge status-IN_PROGRESS\">[problem.status.IN_PROGRESS]</span>")
                .contains("<span>2026-07-31</span><div class=\"text-muted\">[problem.originalDeadline 2026-06-30]</div>")
                .contains(">科普部、办公室</td>", ">陈晓</td>", ">—</td>", "<span>1 / 3</span>")
                .contains("<span>二、落实“两个责任”有差距</span>")
                .doesNotContain("区科协");
        assertThat(write(false, false, row("乙", "区科协", ProblemStatus.CLOSED, WarningLevel.NORMAL,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1))))
                .doesNotContain("warning-badge", "originalDeadline").contains("<div class=\"small text-muted\">2026-03-01</div>");
    }

    @Test
    void noRowsSaySo() {
        assertThat(write(true, true)).contains("colspan=\"11\"", "[ledger.none]");
    }
}
