package rectify.audit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import rectify.audit.AuditEvent;
import rectify.audit.ReadableHistory;
import rectify.shared.Downloaded;
import rectify.shared.web.Messages;

/**
 * The audit log as a workbook, in the words of the audit page: who (name and login), when, from where, what was
 * done to which object. What was changed is not in it (the page shows that only where the setting allows).
 */
@Component
class AuditWorkbook {

    static final int MAX_ROWS = 100_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ReadableHistory readable;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    AuditWorkbook(ReadableHistory readable, Messages messages, ApplicationEventPublisher events, java.time.Clock clock) {
        this.readable = readable;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    byte[] of(List<AuditEvent> found) {
        List<ReadableHistory.Entry> entries = readable.of(found);
        ZoneId zone = clock.getZone();
        try (SXSSFWorkbook book = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(messages.get("menu.audit"));
            String[] headings = {messages.get("audit.time"), messages.get("audit.actor"), messages.get("audit.login"),
                    "IP", messages.get("audit.action"), messages.get("audit.summary")};
            Row head = sheet.createRow(0);
            for (int c = 0; c < headings.length; c++) {
                head.createCell(c).setCellValue(headings[c]);
            }
            for (int i = 0; i < found.size(); i++) {
                AuditEvent e = found.get(i);
                ReadableHistory.Entry entry = entries.get(i);
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(TIME.format(e.getOccurredAt().atZone(zone)));
                row.createCell(1).setCellValue(entry.actor());
                row.createCell(2).setCellValue(e.getActor());
                row.createCell(3).setCellValue(e.getIp() == null ? "" : e.getIp());
                row.createCell(4).setCellValue(entry.what());
                row.createCell(5).setCellValue(entry.summary());
            }
            sheet.setColumnWidth(0, 20 * 256);
            sheet.setColumnWidth(4, 16 * 256);
            sheet.setColumnWidth(5, 60 * 256);
            book.write(out);
            events.publishEvent(new Downloaded("AuditEvent", null, messages.get("menu.audit") + ".xlsx（"
                    + found.size() + "）"));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
