package rectify.rectification.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;

import rectify.inspection.ProblemOrigin;
import rectify.inspection.ProblemStatus;
import rectify.inspection.WarningLevel;
import rectify.rectification.LedgerRow;

/**
 * The rows of the ledger page's table, written as HTML here rather than by the template: Thymeleaf spends about
 * 0.17 ms of CPU on each row of a page under load (some twenty processed elements each), half of a 50-row page's
 * time; written here a row costs a few microseconds (decision 0017). The markup is the one the template wrote:
 * badges as {@code fragments/badges.html} draws them. Every text from the ledger is escaped.
 */
final class LedgerRowsHtml {

    /** The page's words in the reader's language: a message key and its arguments. */
    interface Words {
        String of(String key, Object... args);
    }

    private final Words words;
    private final Function<LocalDate, String> dates;
    private final String problemLink;
    private final boolean office;
    private final boolean acrossInspections;
    private final Map<String, String> labels = new HashMap<>();

    /**
     * @param problemLink the address of a problem without its id ("/problems/" under the context path)
     * @param dates a date as pages write it, "—" for none
     * @param office whether the reader is the inspection office, who may pick open rows for a supervision order
     * @param acrossInspections whether the rows come from more than one inspection: each then names its unit
     */
    LedgerRowsHtml(Words words, Function<LocalDate, String> dates, String problemLink, boolean office,
                   boolean acrossInspections) {
        this.words = words;
        this.dates = dates;
        this.problemLink = escape(problemLink);
        this.office = office;
        this.acrossInspections = acrossInspections;
    }

    String write(List<LedgerRow> rows) {
        StringBuilder html = new StringBuilder(rows.size() * 1600 + 200);
        for (LedgerRow r : rows) {
            row(html, r);
        }
        if (rows.isEmpty()) {
            html.append("<tr><td colspan=\"11\" class=\"text-center text-muted py-4\">")
                    .append(escape(words.of("ledger.none"))).append("</td></tr>\n");
        }
        return html.toString();
    }

    private void row(StringBuilder html, LedgerRow r) {
        long id = r.problemId();
        html.append("<tr class=\"warn-row-").append(r.warning()).append("\" id=\"row-").append(id).append("\">\n")
                .append("<td class=\"text-nowrap\">");
        if (office && r.status() != ProblemStatus.CLOSED) {
            html.append("<input class=\"form-check-input me-1 no-print\" type=\"checkbox\" name=\"problemIds\"")
                    .append(" form=\"bulk-supervise\" value=\"").append(id).append("\" id=\"choose-").append(id)
                    .append("\" aria-label=\"").append(escape(label("ledger.choose") + " " + r.title())).append("\">");
        }
        html.append("<span>").append(r.seq()).append("</span></td>\n")
                .append("<td class=\"title-cell\"><a class=\"fw-semibold\" href=\"").append(problemLink).append(id)
                .append("\">").append(escape(r.title())).append("</a>");
        if (r.origin() == ProblemOrigin.SELF_CHECK) {
            html.append("<span class=\"badge text-bg-light border\">").append(escape(label("problem.origin.SELF_CHECK")))
                    .append("</span>");
        }
        html.append("<div class=\"small text-muted category-line\">");
        if (acrossInspections) {
            html.append("<span>").append(escape(r.targetUnitName())).append(" · </span>");
        }
        html.append("<span>").append(escape(r.categoryLabel())).append("</span></div></td>\n");
        cell(html, "small text-nowrap", label("problem.type." + r.rectificationType()));
        cell(html, "small text-nowrap", r.leaderName() != null ? r.leaderName() : "—");
        cell(html, "small", String.join("、", r.unitNames()));
        cell(html, "small", String.join("、", r.personNames()));
        html.append("<td class=\"small text-nowrap\"><span>").append(escape(dates.apply(r.dueDate()))).append("</span>");
        if (r.deadline() != null && r.originalDeadline() != null && !r.deadline().equals(r.originalDeadline())) {
            html.append("<div class=\"text-muted\">")
                    .append(escape(words.of("problem.originalDeadline", dates.apply(r.originalDeadline())))).append("</div>");
        }
        html.append("</td>\n<td class=\"text-nowrap\">");
        WarningLevel warning = r.warning();
        if (warning != null && warning != WarningLevel.NORMAL) {
            html.append("<span class=\"badge warning-badge warning-").append(warning).append("\">")
                    .append(escape(label("warning." + warning))).append("</span>");
        }
        html.append("</td>\n");
        html.append("<td class=\"small text-nowrap\"><span>").append(r.measuresDone()).append(" / ")
                .append(r.measuresTotal()).append("</span></td>\n");
        cell(html, "small text-nowrap", dates.apply(r.lastProgressOn()));
        html.append("<td class=\"status-cell\"><span class=\"badge status-badge status-").append(r.status()).append("\">")
                .append(escape(label("problem.status." + r.status()))).append("</span>");
        if (r.closedOn() != null) {
            html.append("<div class=\"small text-muted\">").append(escape(dates.apply(r.closedOn()))).append("</div>");
        }
        html.append("</td>\n</tr>\n");
    }

    private void cell(StringBuilder html, String classes, String text) {
        html.append("<td class=\"").append(classes).append("\">").append(escape(text)).append("</td>\n");
    }

    /** A label of the page, looked up once however many rows show it. */
    private String label(String key) {
        return labels.computeIfAbsent(key, words::of);
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
