package rectify.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import rectify.inspection.ProblemStatus;
import rectify.shared.BusinessException;
import rectify.support.WordFiles;

/** Each format offices send is read by its content, whatever it is called; what has no text is named. */
class DocumentFormatsTest {

    private final DocumentParser parser = new DocumentParser();
    private static final Path CORPUS = Path.of("src/test/resources/intake-corpus");

    private void isTheSeed(ParsedDocument parsed) {
        assertThat(parsed.title()).isEqualTo("石龙区科学技术协会关于区委第二巡察组反馈意见整改落实情况的报告");
        assertThat(parsed.categories()).hasSize(4);
        assertThat(parsed.problemCount()).isEqualTo(11);
        assertThat(parsed.categories().get(3).problems().get(1).title()).isEqualTo("关于“三会一课”制度落实不到位的问题");
    }

    private static byte[] concat(byte[] mark, byte[] text) {
        byte[] all = new byte[mark.length + text.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(text, 0, all, mark.length, text.length);
        return all;
    }

    @Test
    void textIsReadInEveryEncodingOfficesSaveIt() throws IOException {
        String seed = DocumentParserTest.seed();
        isTheSeed(parser.parse(seed.getBytes(StandardCharsets.UTF_8)));
        isTheSeed(parser.parse(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, seed.getBytes(StandardCharsets.UTF_8))));
        isTheSeed(parser.parse(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, seed.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE))));
        isTheSeed(parser.parse(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, seed.getBytes(StandardCharsets.UTF_16BE))));
        isTheSeed(parser.parse(seed.getBytes(StandardCharsets.UTF_16LE)));
        isTheSeed(parser.parse(seed.getBytes(StandardCharsets.UTF_16BE)));
        isTheSeed(parser.parse(seed.replace("\n", "\r\n").getBytes(Charset.forName("GB18030"))));
        isTheSeed(parser.parse(seed.getBytes(Charset.forName("GBK"))));
    }

    @Test
    void wordsAutomaticNumberingIsReadAsTheLabelsItPrints() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            BigInteger numId = WordFiles.numbering(document,
                    new String[][] {{"chineseCounting", "%1、"}, {"chineseCounting", "（%2）"}, {"decimal", "%3."}});
            document.createParagraph().createRun().setText("区委第一巡察组关于对区档案馆党支部巡察的反馈意见");
            Object[][] body = {{0, "巡察发现的主要问题"}, {1, "政治建设方面"}, {2, "学习制度执行不严。全年集中学习仅3次。"},
                    {2, "意识形态工作责任制落实不到位。未专题研究意识形态工作。"}, {1, "档案业务方面"},
                    {2, "档案数字化进度滞后。数字化率仅为42%。"}, {0, "整改要求"}};
            for (Object[] line : body) {
                XWPFParagraph p = document.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(BigInteger.valueOf((Integer) line[0]));
                p.createRun().setText((String) line[1]);
            }
            document.createParagraph().createRun().setText("请区档案馆党支部认真研究，抓好整改。");
            document.write(out);
        }
        ParsedDocument parsed = parser.parse(out.toByteArray());
        assertThat(parsed.categories()).extracting(ParsedDocument.Category::title).containsExactly("政治建设方面", "档案业务方面");
        assertThat(parsed.categories().get(0).problems()).extracting(ParsedDocument.Problem::title)
                .containsExactly("学习制度执行不严", "意识形态工作责任制落实不到位");
        assertThat(parsed.categories().get(1).problems().get(0).description()).isEqualTo("数字化率仅为42%。");
        assertThat(parsed.categories().get(1).problems().get(0).source()).isEqualTo("1.档案数字化进度滞后。数字化率仅为42%。");
        assertThat(parsed.skipped()).extracting(ParsedDocument.Skipped::text).contains("二、整改要求");
    }

    @Test
    void softLineBreaksAndFieldsInWordAreText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("关于县档案局巡察整改情况的报告");
            XWPFParagraph p = document.createParagraph();
            XWPFRun run = p.createRun();
            String[] lines = {"一、政治建设方面", "1.学习制度执行不严的问题（已整改到位）", "整改情况：一是修订学习制度；二是每月集中学习。"};
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak(BreakType.TEXT_WRAPPING);
                }
                run.setText(lines[i], i);
            }
            XWPFParagraph dated = document.createParagraph();
            dated.getCTP().addNewFldSimple().setInstr("DATE");
            dated.getCTP().getFldSimpleArray(0).addNewR().addNewT().setStringValue("2023年5月1日");
            document.write(out);
        }
        ParsedDocument parsed = parser.parse(out.toByteArray());
        ParsedDocument.Problem problem = parsed.categories().get(0).problems().get(0);
        assertThat(problem.title()).isEqualTo("学习制度执行不严的问题");
        assertThat(problem.status()).isEqualTo(ProblemStatus.CLOSED);
        assertThat(problem.measures()).containsExactly("修订学习制度", "每月集中学习。");
        assertThat(parsed.skipped()).extracting(ParsedDocument.Skipped::text).contains("2023年5月1日");
    }

    @Test
    void wordTablesAreReadRowByRowWithMergedCells() throws IOException {
        ParsedDocument ledger = parser.parse(Files.readAllBytes(CORPUS.resolve("18-table-ledger-merged.docx")));
        assertThat(ledger.categories()).extracting(ParsedDocument.Category::title)
                .containsExactly("贯彻落实党中央决策部署方面", "全面从严治党方面");
        ParsedDocument.Problem second = ledger.categories().get(0).problems().get(1);
        assertThat(second.status()).isEqualTo(ProblemStatus.IN_PROGRESS);
        assertThat(second.measures()).containsExactly("制定年度统计执法检查计划", "对重点企业开展“双随机”检查", "公开曝光典型统计违法案件");
    }

    @Test
    void word97AndPdfAreRead() throws IOException {
        ParsedDocument doc = parser.parse(Files.readAllBytes(CORPUS.resolve("02-feedback-three-levels.doc")));
        assertThat(doc.categories()).hasSize(2);
        assertThat(doc.categories().get(1).problems().get(2).group()).isEqualTo("监督执纪问责不够有力");

        ParsedDocument pdf = parser.parse(Files.readAllBytes(CORPUS.resolve("05-report-mixed-status.pdf")));
        assertThat(pdf.title()).isEqualTo("中共石龙区民政局党组关于区委第三巡察组反馈意见整改进展情况的报告");
        assertThat(pdf.categories().stream().flatMap(c -> c.problems().stream()).map(ParsedDocument.Problem::status))
                .containsExactly(ProblemStatus.CLOSED, ProblemStatus.CLOSED, ProblemStatus.ONGOING, ProblemStatus.CLOSED,
                        ProblemStatus.CLOSED, ProblemStatus.IN_PROGRESS, ProblemStatus.CLOSED, ProblemStatus.CLOSED);
        String everything = pdf.toString();
        assertThat(everything).doesNotContain("— 1 —").doesNotContain("— 2 —");
        assertThat(pdf.skipped()).extracting(ParsedDocument.Skipped::text)
                .noneMatch(text -> text.startsWith("中共石龙区民政局党组关于区委第三巡察组反") && text.length() < 25);
    }

    private static void refused(byte[] file, HttpStatus status, String message) {
        assertThatThrownBy(() -> new DocumentParser().parse(file)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(message);
            assertThat(e.status()).isEqualTo(status);
        });
    }

    @Test
    void filesWithoutTextToReadAreNamedWithWhatToDo() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument scan = new PDDocument()) {
            scan.addPage(new PDPage());
            scan.addPage(new PDPage());
            scan.save(pdf);
        }
        refused(pdf.toByteArray(), HttpStatus.UNPROCESSABLE_CONTENT, "intake.rule.scannedPdf");
        refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "intake.rule.image");
        refused(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "intake.rule.image");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("台账").createRow(0).createCell(0).setCellValue("问题");
            book.write(xlsx);
        }
        refused(xlsx.toByteArray(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "intake.rule.spreadsheet");
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            book.createSheet("台账");
            book.write(xls);
        }
        refused(xls.toByteArray(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "intake.rule.spreadsheet");
        refused(ole2("WpsContent"), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "intake.rule.wps");
        refused(ole2("EncryptionInfo"), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "intake.rule.encrypted");
        refused(zip(List.of("OFD.xml", "Doc_0/Document.xml"), "<ofd:OFD/>"), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "intake.rule.ofd");
        refused("{\\rtf1\\ansi 巡察反馈}".getBytes(StandardCharsets.US_ASCII), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "intake.rule.rtf");
        refused(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, HttpStatus.UNPROCESSABLE_CONTENT, "intake.rule.binary");
        refused(new byte[] {'P', 'K', 3, 4, 9, 9}, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "intake.rule.unreadable");
        refused(new byte[0], HttpStatus.BAD_REQUEST, "intake.rule.empty");
        refused("   \n\n  ".getBytes(StandardCharsets.UTF_8), HttpStatus.UNPROCESSABLE_CONTENT, "intake.rule.noText");
        refused(new byte[DocumentParser.MAX_BYTES + 1], HttpStatus.CONTENT_TOO_LARGE, "error.bodyTooLarge");
    }

    @Test
    void aZipBombOrAnExternalEntityInADocxIsRefusedWithoutReadingIt() throws IOException {
        byte[] bomb = docx(out -> {
            out.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 40; i++) {
                out.write(block);
            }
            out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(bomb.length).isLessThan(1 << 20);
        refused(bomb, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "intake.rule.zipBomb");

        Path secret = Files.createTempFile("secret", ".txt");
        Files.writeString(secret, "机密内容不得读出");
        byte[] xxe = docx(out -> out.write(("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>1.关于&x;的问题</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> parser.parse(xxe)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.getMessage()).doesNotContain("机密"));
    }

    interface Body {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static byte[] docx(Body document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            document.write(zip);
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(List<String> names, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content.getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] ole2(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem file = new POIFSFileSystem()) {
            file.createDocument(new java.io.ByteArrayInputStream(new byte[600]), entry);
            file.writeFilesystem(bytes);
        }
        return bytes.toByteArray();
    }
}
