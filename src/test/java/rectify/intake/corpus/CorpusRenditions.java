package rectify.intake.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes the accuracy corpus's documents from their masters (see src/test/resources/intake-corpus/README.md): each
 * master in the formats and shapes its line in renditions.txt names — text in several encodings and layouts, Word
 * with typed or automatic numbering or soft line breaks, tables, and .doc and PDF through LibreOffice. Run by hand
 * when a master changes; the written files are committed so the tests need no LibreOffice.
 */
public final class CorpusRenditions {

    private static final String CN = "一二三四五六七八九十";

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "src/test/resources/intake-corpus");
        Path masters = corpus.resolve("masters");
        for (String line : Files.readAllLines(corpus.resolve("renditions.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(":\\s*");
            String name = parts[0].strip();
            for (String kind : parts[1].strip().split("\\s+")) {
                render(masters, corpus, name, kind);
            }
        }
    }

    private static void render(Path masters, Path out, String name, String kind) throws Exception {
        Path table = masters.resolve(name + ".tbl");
        boolean isTable = Files.exists(table);
        String text = Files.readString(isTable ? table : masters.resolve(name + ".txt"));
        List<String> lines = text.lines().toList();
        switch (kind) {
            case "txt" -> Files.writeString(out.resolve(name + ".txt"), text);
            case "bom.txt" -> write(out.resolve(name + ".bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    text, StandardCharsets.UTF_8);
            case "gbk.txt" -> write(out.resolve(name + ".gbk.txt"), new byte[0], text.replace("\n", "\r\n"),
                    Charset.forName("GB18030"));
            case "utf16.txt" -> write(out.resolve(name + ".utf16.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE},
                    text.replace("\n", "\r\n"), StandardCharsets.UTF_16LE);
            case "utf16-nobom.txt" -> write(out.resolve(name + ".utf16-nobom.txt"), new byte[0], text,
                    StandardCharsets.UTF_16LE);
            case "wrapped.txt" -> Files.writeString(out.resolve(name + ".wrapped.txt"), wrapped(lines));
            case "oneline.txt" -> Files.writeString(out.resolve(name + ".oneline.txt"),
                    String.join("", lines.stream().map(String::strip).toList()));
            case "halfwidth.txt" -> Files.writeString(out.resolve(name + ".halfwidth.txt"), text.replace("，", ",")
                    .replace("：", ":").replace("；", ";").replace("（", "(").replace("）", ")"));
            case "docx" -> docx(out.resolve(name + ".docx"), lines, isTable, Shape.TYPED);
            case "numbered.docx" -> docx(out.resolve(name + ".numbered.docx"), lines, isTable, Shape.NUMBERED);
            case "softbreaks.docx" -> docx(out.resolve(name + ".softbreaks.docx"), lines, isTable, Shape.SOFT_BREAKS);
            case "doc", "pdf", "numbered.doc" -> {
                Path work = Files.createTempDirectory("corpus");
                Path source = work.resolve(name + ".docx");
                docx(source, lines, isTable, kind.startsWith("numbered") ? Shape.NUMBERED : Shape.TYPED);
                kind = kind.replace("numbered.", "");
                Files.copy(rectify.support.LibreOffice.convert(source, kind),
                        out.resolve(name + (isNumbered(source) ? ".numbered." : ".") + kind),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            default -> throw new IllegalArgumentException("unknown rendition " + kind);
        }
    }

    private static boolean isNumbered(Path docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
            return document.getNumbering() != null && !document.getNumbering().getNums().isEmpty();
        }
    }

    private static void write(Path file, byte[] mark, String text, Charset charset) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(mark);
            out.write(text.getBytes(charset));
        }
    }

    /** As copied out of a PDF viewer: 30 characters a line, a page number every 22 lines, no blank lines. */
    private static String wrapped(List<String> lines) {
        StringBuilder s = new StringBuilder();
        int count = 0;
        int page = 1;
        for (String line : lines) {
            String rest = line.strip();
            while (!rest.isEmpty()) {
                int n = Math.min(30, rest.length());
                s.append(rest, 0, n).append('\n');
                rest = rest.substring(n);
                if (++count % 22 == 0) {
                    s.append("\n— ").append(page++).append(" —\n\n");
                }
            }
        }
        return s.toString();
    }

    private enum Shape { TYPED, NUMBERED, SOFT_BREAKS }

    private static void docx(Path file, List<String> lines, boolean table, Shape shape) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            page(document, lines.get(0));
            Numbers numbers = new Numbers(document);
            StringBuilder soft = new StringBuilder();
            boolean first = true;
            List<String[]> rows = new ArrayList<>();
            boolean inTable = false;
            for (String line : lines) {
                if (table && line.equals("[table]")) {
                    inTable = true;
                    continue;
                }
                if (table && line.equals("[/table]")) {
                    table(document, rows);
                    inTable = false;
                    continue;
                }
                if (inTable) {
                    rows.add(line.split("\\s*\\|\\s*"));
                    continue;
                }
                if (first) {
                    XWPFParagraph title = document.createParagraph();
                    title.setAlignment(ParagraphAlignment.CENTER);
                    run(title, line, 44);
                    first = false;
                    continue;
                }
                if (shape == Shape.SOFT_BREAKS) {
                    if (line.isBlank()) {
                        softParagraph(document, soft);
                    } else {
                        soft.append(soft.isEmpty() ? "" : "\n").append(line);
                    }
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                XWPFParagraph p = document.createParagraph();
                p.setIndentationFirstLine(640);
                String typed = shape == Shape.NUMBERED ? numbers.apply(p, line) : line;
                run(p, typed, 32);
            }
            softParagraph(document, soft);
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }
    }

    private static void softParagraph(XWPFDocument document, StringBuilder soft) {
        if (soft.isEmpty()) {
            return;
        }
        XWPFParagraph p = document.createParagraph();
        XWPFRun r = p.createRun();
        r.setFontSize(16);
        String[] parts = soft.toString().split("\n");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                r.addBreak(BreakType.TEXT_WRAPPING);
            }
            r.setText(parts[i], i);
        }
        soft.setLength(0);
    }

    private static void run(XWPFParagraph p, String text, int halfPoints) {
        XWPFRun r = p.createRun();
        r.setFontFamily("仿宋_GB2312");
        r.setFontSize(halfPoints / 2);
        r.setText(text);
    }

    /** GB/T 9704 page, a running header with the title and "— n —" page numbers in the footer. */
    private static void page(XWPFDocument document, String title) {
        rectify.support.WordFiles.gbtPage(document);
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph h = header.createParagraph();
        h.setAlignment(ParagraphAlignment.CENTER);
        h.createRun().setText(title.length() > 20 ? title.substring(0, 20) : title);
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph f = footer.createParagraph();
        f.setAlignment(ParagraphAlignment.CENTER);
        f.createRun().setText("— ");
        f.getCTP().addNewFldSimple().setInstr("PAGE");
        f.createRun().setText(" —");
    }

    private static void table(XWPFDocument document, List<String[]> rows) {
        XWPFTable t = document.createTable(rows.size(), rows.get(0).length);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).length; c++) {
                XWPFTableCell cell = t.getRow(r).getCell(c);
                String value = rows.get(r)[c];
                if (value.equals("^")) {
                    cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
                    XWPFTableCell above = t.getRow(r - 1).getCell(c);
                    var pr = above.getCTTc().isSetTcPr() ? above.getCTTc().getTcPr() : above.getCTTc().addNewTcPr();
                    if (!pr.isSetVMerge()) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    continue;
                }
                String[] paragraphs = value.split("\\s*/\\s*");
                cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
                for (int i = 1; i < paragraphs.length; i++) {
                    cell.addParagraph().createRun().setText(paragraphs[i]);
                }
            }
        }
        rows.clear();
    }

    /** Automatic numbering: one list per marker kind, a new list instance wherever the typed numbers restart. */
    private static final class Numbers {
        private final XWPFNumbering numbering;
        private final Map<String, BigInteger> abstracts = new HashMap<>();
        private final Map<String, BigInteger> current = new HashMap<>();
        private final Map<String, Integer> last = new HashMap<>();

        Numbers(XWPFDocument document) {
            numbering = document.createNumbering();
        }

        String apply(XWPFParagraph p, String line) {
            String[][] kinds = {
                    {"cn1", "^([" + CN + "]{1,2})、", "chineseCounting", "%1、"},
                    {"cn2", "^（([" + CN + "]{1,2})）", "chineseCounting", "（%1）"},
                    {"ar1", "^(\\d{1,2})\\.", "decimal", "%1."},
                    {"ar2", "^（(\\d{1,2})）", "decimal", "（%1）"}};
            for (String[] kind : kinds) {
                var m = java.util.regex.Pattern.compile(kind[1]).matcher(line);
                if (m.find()) {
                    String number = m.group(1);
                    int value = Character.isDigit(number.charAt(0)) ? Integer.parseInt(number)
                            : number.length() == 1 ? CN.indexOf(number) + 1 : 10 + (number.length() > 1 ? CN.indexOf(number.charAt(1)) + 1 : 0);
                    BigInteger numId = numId(kind, value);
                    p.setNumID(numId);
                    p.setNumILvl(BigInteger.ZERO);
                    return line.substring(m.end());
                }
            }
            return line;
        }

        private BigInteger numId(String[] kind, int value) {
            BigInteger abstractId = abstracts.computeIfAbsent(kind[0], k -> {
                CTAbstractNum ct = CTAbstractNum.Factory.newInstance();
                ct.setAbstractNumId(BigInteger.valueOf(abstracts.size()));
                CTLvl lvl = ct.addNewLvl();
                lvl.setIlvl(BigInteger.ZERO);
                lvl.addNewStart().setVal(BigInteger.ONE);
                lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(kind[2]));
                lvl.addNewLvlText().setVal(kind[3]);
                return numbering.addAbstractNum(new XWPFAbstractNum(ct, numbering));
            });
            Integer previous = last.get(kind[0]);
            last.put(kind[0], value);
            if (previous != null && value == previous + 1) {
                return current.get(kind[0]);
            }
            BigInteger numId = numbering.addNum(abstractId);
            CTNum num = numbering.getNum(numId).getCTNum();
            CTNumLvl override = num.addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.valueOf(value));
            current.put(kind[0], numId);
            return numId;
        }
    }
}
