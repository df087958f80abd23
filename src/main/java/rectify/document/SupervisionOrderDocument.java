package rectify.document;

import static rectify.document.GbtLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import rectify.org.Accounts;
import rectify.org.OrgUnits;
import rectify.shared.web.Formats;
import rectify.supervision.SupervisionOrder;

/**
 * A supervision order (督办单) to print and send: title, number, the unit, what is pressed and on which problems,
 * the date to answer by, the issuing office and date, and the unit's answer once given. GB/T 9704 page and type.
 */
@Component
public class SupervisionOrderDocument {

    private final OrgUnits orgUnits;
    private final Accounts accounts;
    private final ZoneId zone;

    SupervisionOrderDocument(OrgUnits orgUnits, Accounts accounts,
                             @Value("${rectify.time-zone:Asia/Shanghai}") String zone) {
        this.orgUnits = orgUnits;
        this.accounts = accounts;
        this.zone = ZoneId.of(zone);
    }

    public String fileName(SupervisionOrder order) {
        return order.number() + " " + order.unitName() + ".docx";
    }

    public void write(SupervisionOrder order, OutputStream out) throws IOException {
        String issuer = issuerUnit(order);
        try (XWPFDocument document = new XWPFDocument()) {
            page(document);
            pageNumbers(document);
            XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER, false);
            run(title, order.urgency() == SupervisionOrder.Urgency.LISTED ? "挂 牌 督 办 通 知 单" : "督 办 单",
                    XIAOBIAOSONG, TITLE_HALF_POINTS, false);
            XWPFParagraph number = paragraph(document, ParagraphAlignment.CENTER, false);
            run(number, order.number(), FANGSONG, BODY_HALF_POINTS, false);
            blank(document);
            XWPFParagraph recipient = paragraph(document, ParagraphAlignment.LEFT, false);
            run(recipient, order.unitName() + "：", FANGSONG, BODY_HALF_POINTS, false);
            body(document, order.content());
            if (!order.problems().isEmpty()) {
                body(document, "督办涉及以下问题：");
                int seq = 1;
                for (SupervisionOrder.ProblemRef problem : order.problems()) {
                    body(document, "（" + rectify.inspection.ChineseNumbers.of(seq++) + "）" + problem.title()
                            + (problem.deadline() == null ? "" : "（整改时限：" + Formats.chineseDate(problem.deadline()) + "）"));
                }
            }
            body(document, "请于" + Formats.chineseDate(order.replyBy()) + "前将整改落实情况书面报送" + issuer + "。");
            if (order.status() == SupervisionOrder.Status.REPLIED) {
                heading1(document, 1, "回复情况");
                body(document, order.reply());
                body(document, "回复人：" + order.repliedByName() + "　回复时间："
                        + Formats.chineseDate(LocalDate.ofInstant(order.repliedAt(), zone)));
            }
            signed(document, issuer, Formats.chineseDate(LocalDate.ofInstant(order.issuedAt(), zone)), true);
            document.write(out);
        }
    }

    private String issuerUnit(SupervisionOrder order) {
        Long unitId = accounts.get(order.issuedById()).getOrgUnitId();
        return unitId == null ? "" : orgUnits.find(unitId).map(u -> u.getName()).orElse("");
    }
}
