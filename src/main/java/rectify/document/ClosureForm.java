package rectify.document;

import static rectify.document.GbtLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.lifecycle.LifecycleDescription;
import rectify.evidence.Attachment;
import rectify.evidence.Evidence;
import rectify.inspection.FeedbackCategory;
import rectify.inspection.Inspection;
import rectify.inspection.InspectionAccess;
import rectify.inspection.Inspections;
import rectify.inspection.Problem;
import rectify.org.Accounts;
import rectify.org.OrgUnits;
import rectify.rectification.Measure;
import rectify.rectification.MeasureStatus;
import rectify.rectification.Plans;
import rectify.shared.web.Formats;

/**
 * The 问题整改销号审批表 of one problem: its facts, who answers for it, its measures, the closure request's summary
 * and evidence, and each review level's decision with its comment, reviewer and date — the form a unit files with
 * the closure. Written as a GB/T 9704 page with a two-column table.
 */
@Service
@Transactional(readOnly = true)
public class ClosureForm {

    private static final int FORM_HALF_POINTS = 28;
    /** The 156 mm text block, and the label column, in twips. */
    private static final int TEXT_BLOCK_TWIPS = 8845;
    private static final int LABEL_TWIPS = 2000;

    private final InspectionAccess access;
    private final Inspections inspections;
    private final Plans plans;
    private final Evidence evidence;
    private final LifecycleDescription lifecycle;
    private final Accounts accounts;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final ZoneId zone;

    ClosureForm(InspectionAccess access, Inspections inspections, Plans plans, Evidence evidence,
                LifecycleDescription lifecycle, Accounts accounts, OrgUnits orgUnits, MessageSource messages,
                @Value("${rectify.time-zone:Asia/Shanghai}") String zone) {
        this.access = access;
        this.inspections = inspections;
        this.plans = plans;
        this.evidence = evidence;
        this.lifecycle = lifecycle;
        this.accounts = accounts;
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.zone = ZoneId.of(zone);
    }

    /** The form's rows: a label and what stands beside it, several lines where there are several items. */
    public record Row(String label, List<String> lines) {
    }

    public String fileName(long problemId) {
        Problem problem = access.readableProblem(problemId);
        return EvidencePackage.safe(problem.getSeq() + "." + problem.getTitle()) + "-销号审批表.docx";
    }

    /** What the form says, row by row; read only within the caller's scope. */
    public List<Row> rows(long problemId) {
        Problem problem = access.readableProblem(problemId);
        Inspection inspection = access.readable(problem.getInspectionId());
        String category = inspections.categoriesOf(inspection.getId()).stream()
                .filter(c -> c.getId().equals(problem.getCategoryId())).map(FeedbackCategory::getTitle).findFirst()
                .orElse("");
        List<Row> rows = new ArrayList<>();
        rows.add(row("巡察", inspection.getTitle()));
        rows.add(row("被巡察单位", access.targetOf(inspection).getName()));
        rows.add(row("问题", problem.getSeq() + ". " + problem.getTitle()));
        rows.add(row("问题方面", category));
        rows.add(row("具体表现", problem.getDescription()));
        rows.add(row("责任领导", problem.getResponsibleLeaderId() == null ? null
                : accounts.get(problem.getResponsibleLeaderId()).getDisplayName()));
        rows.add(row("责任部门", String.join("、", orgUnits.byIds(problem.getResponsibleUnitIds()).values().stream()
                .map(u -> u.getName()).toList())));
        rows.add(row("责任人", String.join("、", accounts.byIds(problem.getResponsibleUserIds()).values().stream()
                .map(u -> u.getDisplayName()).toList())));
        rows.add(row("完成时限", problem.getDeadline() == null ? null : Formats.chineseDate(problem.getDeadline())));
        List<String> measures = new ArrayList<>();
        for (Measure m : plans.ofProblems(List.of(problemId)).getOrDefault(problemId, List.of())) {
            measures.add("（" + m.getSeq() + "）" + m.getText().strip() + (m.getStatus() == MeasureStatus.DONE
                    && m.getCompletedOn() != null ? "（" + Formats.chineseDate(m.getCompletedOn()) + "完成）" : ""));
        }
        rows.add(new Row("整改措施", measures.isEmpty() ? List.of("—") : measures));
        var facts = lifecycle.describe(problemId);
        var request = facts.closureRequests().stream().filter(c -> c.cycle() == facts.cycle())
                .reduce((a, b) -> b).orElse(null);
        if (request == null) {
            // closed before it was entered here (an earlier report imported): the record says so, with no reviews
            rows.add(row("整改情况", problem.getClosedOn() != null ? "已整改到位（按以往记录录入，无销号审批记录）"
                    : "尚未申请销号"));
            rows.add(row("销号日期", problem.getClosedOn() == null ? null : Formats.chineseDate(problem.getClosedOn())));
            return rows;
        }
        rows.add(new Row("整改情况", List.of(request.summary() == null ? "—" : request.summary(),
                "申请人：" + request.requestedBy() + "　申请日期：" + date(request.requestedAt()))));
        List<String> files = evidence.ofProblem(problemId).stream()
                .filter(a -> request.attachmentIds().isEmpty() || request.attachmentIds().contains(a.getId()))
                .map(Attachment::getFileName).toList();
        rows.add(new Row("佐证材料", files.isEmpty() ? List.of("—") : files));
        for (var decision : request.decisions()) {
            rows.add(new Row("第" + decision.level() + "级审核（" + text("role." + decision.role()) + "）", List.of(
                    text("lifecycle.decision." + decision.decision()) + (decision.comment() == null ? ""
                            : "：" + decision.comment()),
                    "审核人：" + decision.by() + "　日期：" + date(decision.at()))));
        }
        rows.add(row("销号日期", problem.getClosedOn() == null ? null : Formats.chineseDate(problem.getClosedOn())));
        return rows;
    }

    public void write(long problemId, OutputStream out) throws IOException {
        List<Row> rows = rows(problemId);
        try (XWPFDocument document = new XWPFDocument()) {
            page(document);
            XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER, false);
            title.setStyle(Style.TITLE.id);
            run(title, "问题整改销号审批表", XIAOBIAOSONG, TITLE_HALF_POINTS, false);
            blank(document);
            XWPFTable table = document.createTable(rows.size(), 2);
            int[] widths = {LABEL_TWIPS, TEXT_BLOCK_TWIPS - LABEL_TWIPS};
            table.setWidth(String.valueOf(TEXT_BLOCK_TWIPS));
            var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int width : widths) {
                grid.addNewGridCol().setW(java.math.BigInteger.valueOf(width));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < 2; c++) {
                    XWPFTableCell cell = table.getRow(r).getCell(c);
                    var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    var tcW = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                    tcW.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
                    tcW.setW(java.math.BigInteger.valueOf(widths[c]));
                    cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                }
                cell(table.getRow(r).getCell(0), List.of(rows.get(r).label()), true);
                cell(table.getRow(r).getCell(1), rows.get(r).lines(), false);
            }
            document.write(out);
        }
    }

    private static void cell(XWPFTableCell cell, List<String> lines, boolean label) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? first : cell.addParagraph();
            p.setAlignment(label ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            run(p, lines.get(i), label ? HEITI : FANGSONG, FORM_HALF_POINTS, false);
        }
    }

    private static Row row(String label, String value) {
        return new Row(label, List.of(value == null || value.isBlank() ? "—" : value.strip()));
    }

    private String date(Instant at) {
        return at == null ? "" : Formats.chineseDate(LocalDate.ofInstant(at, zone));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
