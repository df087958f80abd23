package rectify.document;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

import rectify.inspection.ChineseNumbers;

/**
 * The page and type of GB/T 9704-2012 official documents (see design/gbt9704.md), shared by every docx Rectify
 * writes: A4 with its margins and 22-line grid, "— n —" page numbers, 3号 仿宋 body paragraphs with two-character
 * indents, 黑体 / 楷体 headings, "一是" in bold, and signatures four characters in from the right.
 */
public final class GbtLayout {

    public static final String FANGSONG = "仿宋_GB2312";
    public static final String KAITI = "楷体_GB2312";
    public static final String HEITI = "黑体";
    public static final String XIAOBIAOSONG = "方正小标宋简体";
    public static final String SONGTI = "宋体";
    public static final int BODY_HALF_POINTS = 32;
    public static final int TITLE_HALF_POINTS = 44;
    public static final int PAGE_NUMBER_HALF_POINTS = 28;
    /** GB/T 9704: 28 characters of 3号 a line. */
    public static final int CHARACTERS_PER_LINE = 28;
    /** 225 mm of text block / 22 lines, in twips: the exact line pitch. */
    public static final int LINE_PITCH = 579;
    public static final Pattern ENUMERATION = Pattern.compile("[一二三四五六七八九十]{1,3}是");

    private GbtLayout() {
    }

    public static XWPFParagraph body(XWPFDocument document, String text) {
        XWPFParagraph p = paragraph(document, ParagraphAlignment.BOTH, true);
        p.setStyle(Style.BODY.id);
        enumerated(p, text);
        return p;
    }

    /** "（一）……" in 楷体, kept on the page of what follows it. */
    public static XWPFParagraph heading2(XWPFDocument document, String text) {
        XWPFParagraph p = paragraph(document, ParagraphAlignment.BOTH, true);
        p.setStyle(Style.HEADING2.id);
        p.setKeepNext(true);
        run(p, text, KAITI, BODY_HALF_POINTS, false);
        return p;
    }

    /** "一、……" in 黑体, kept on the page of what follows it. */
    public static XWPFParagraph heading1(XWPFDocument document, int number, String text) {
        XWPFParagraph p = paragraph(document, ParagraphAlignment.LEFT, true);
        p.setStyle(Style.HEADING1.id);
        p.setKeepNext(true);
        run(p, ChineseNumbers.of(number) + "、" + text, HEITI, BODY_HALF_POINTS, false);
        return p;
    }

    /** The text with every "一是、二是…" in bold, as the seed sets it. */
    public static void enumerated(XWPFParagraph p, String text) {
        Matcher m = ENUMERATION.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                run(p, text.substring(at, m.start()), FANGSONG, BODY_HALF_POINTS, false);
            }
            run(p, m.group(), FANGSONG, BODY_HALF_POINTS, true);
            at = m.end();
        }
        if (at < text.length()) {
            run(p, text.substring(at), FANGSONG, BODY_HALF_POINTS, false);
        }
    }

    /**
     * The issuer and the date after the text, as GB/T 9704 7.3.5 sets them: sealed (加盖印章), the date four
     * characters in from the right and the issuer centred over it; unsealed, the issuer two characters in from the
     * right and the date below it, starting two characters right of the issuer's first character.
     */
    public static void signed(XWPFDocument document, String issuer, String date, boolean sealed) {
        beforeSignature(document);
        double issuerCells = cells(issuer);
        double dateCells = cells(date);
        double issuerIndent = sealed ? 4 + (dateCells - issuerCells) / 2 : 2;
        double dateIndent = sealed ? 4 : issuerCells - dateCells;
        XWPFParagraph first = signature(document);
        first.setIndentationRight((int) Math.round(Math.max(0, issuerIndent) * CELL_TWIPS));
        run(first, issuer, FANGSONG, BODY_HALF_POINTS, false);
        XWPFParagraph second = signature(document);
        second.setIndentationRight((int) Math.round(Math.max(0, dateIndent) * CELL_TWIPS));
        second.setKeepNext(false);
        run(second, date, FANGSONG, BODY_HALF_POINTS, false);
    }

    /** Chinese characters and their punctuation take a cell of the grid, Latin letters and digits half of one. */
    public static double cells(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2000 ? 0.5 : 1;
        }
        return width;
    }

    /** A signature line, four characters in from the right, kept on the page of the line after it. */
    public static XWPFParagraph signature(XWPFDocument document) {
        XWPFParagraph p = paragraph(document, ParagraphAlignment.RIGHT, false);
        p.setStyle(Style.SIGNATURE.id);
        p.setIndentationRight(4 * CELL_TWIPS);
        p.setKeepNext(true);
        return p;
    }

    /**
     * The blank line before a signature: the last paragraph of the text is kept on the page of the signature, so
     * that a signature never stands alone on a page (GB/T 9704 7.3.5).
     */
    public static void beforeSignature(XWPFDocument document) {
        List<org.apache.poi.xwpf.usermodel.IBodyElement> body = document.getBodyElements();
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof org.apache.poi.xwpf.usermodel.XWPFTable table) {
            // text that ends on a table keeps the table with the signature: Word and LibreOffice keep a table with
            // the next paragraph when each of its paragraphs is kept with the next
            table.getRows().forEach(row -> row.getTableCells()
                    .forEach(cell -> cell.getParagraphs().forEach(p -> p.setKeepNext(true))));
            if (body.size() > 1 && body.get(body.size() - 2) instanceof XWPFParagraph caption) {
                caption.setKeepNext(true);
            }
        } else if (!body.isEmpty() && body.get(body.size() - 1) instanceof XWPFParagraph last) {
            last.setKeepNext(true);
        }
        paragraph(document, ParagraphAlignment.LEFT, false).setKeepNext(true);
    }

    public static void blank(XWPFDocument document) {
        paragraph(document, ParagraphAlignment.LEFT, false);
    }

    /** A paragraph on the grid: exact line pitch, no spacing before or after, optionally indented two characters. */
    public static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment, boolean indent) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(alignment);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(LINE_PITCH));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        ppr.addNewAutoSpaceDE().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
        ppr.addNewAutoSpaceDN().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
        if (indent) {
            p.setFirstLineIndent(2 * 320);
            ppr.getInd().setFirstLineChars(BigInteger.valueOf(200));
        }
        return p;
    }

    public static XWPFRun run(XWPFParagraph p, String text, String font, int halfPoints, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(halfPoints / 2.0);
        var rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii(font.equals(FANGSONG) ? "Times New Roman" : font);
        fonts.setHAnsi(font.equals(FANGSONG) ? "Times New Roman" : font);
        return run;
    }

    /** Paragraph styles by the names people see in Word and WPS, so the document stays tidy when edited. */
    public enum Style {
        TITLE("Title", "标题", XIAOBIAOSONG, TITLE_HALF_POINTS, -1),
        HEADING1("Heading1", "一级标题", HEITI, BODY_HALF_POINTS, 0),
        HEADING2("Heading2", "二级标题", KAITI, BODY_HALF_POINTS, 1),
        HEADING3("Heading3", "三级标题", FANGSONG, BODY_HALF_POINTS, 2),
        BODY("BodyText", "正文", FANGSONG, BODY_HALF_POINTS, -1),
        SIGNATURE("Signature", "落款", FANGSONG, BODY_HALF_POINTS, -1);

        public final String id;
        public final String name;
        public final String font;
        public final int halfPoints;
        public final int outlineLevel;

        Style(String id, String name, String font, int halfPoints, int outlineLevel) {
            this.id = id;
            this.name = name;
            this.font = font;
            this.halfPoints = halfPoints;
            this.outlineLevel = outlineLevel;
        }
    }

    /**
     * Character spacing in twentieths of a point: 3号 characters are 16 pt wide, and 28 of them fit the 156 mm text
     * block (442.2 pt) only at a pitch of 15.79 pt or less; -0.3 pt leaves room for a bold 一是. A character grid with a negative charSpace says the same
     * to Word, but LibreOffice lays such a grid out one character a line; the spacing reads alike in Word,
     * WPS and LibreOffice.
     */
    public static final int CHARACTER_SPACING = -6;
    /** A character of the grid in twips: 3号 (16 pt) less the character spacing. */
    public static final int CELL_TWIPS = 320 + CHARACTER_SPACING;

    /** Normal is 3号 仿宋 in Chinese (zh-CN), widow and orphan control on, and the paragraph styles named. */
    public static void styles(XWPFDocument document) {
        var styles = document.createStyles();
        var ct = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance();
        var defaults = ct.addNewDocDefaults();
        var rpr = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setEastAsia(FANGSONG);
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        rpr.addNewSpacing().setVal(BigInteger.valueOf(CHARACTER_SPACING));
        rpr.addNewSz().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        var lang = rpr.addNewLang();
        lang.setVal("zh-CN");
        lang.setEastAsia("zh-CN");
        var ppr = defaults.addNewPPrDefault().addNewPPr();
        ppr.addNewWidowControl();
        // no extra space between Chinese and Latin letters or digits: it would take characters off the 28-character line
        ppr.addNewAutoSpaceDE().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
        ppr.addNewAutoSpaceDN().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
        styles.setStyles(ct);
        var normal = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
        normal.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.setDefault(true);
        normal.addNewName().setVal("Normal");
        normal.addNewQFormat();
        var normalRpr = normal.addNewRPr();
        CTFonts normalFonts = normalRpr.addNewRFonts();
        normalFonts.setEastAsia(FANGSONG);
        normalRpr.addNewSz().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(normal, styles));
        for (Style style : Style.values()) {
            var st = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            st.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            st.setStyleId(style.id);
            st.addNewBasedOn().setVal("Normal");
            st.addNewName().setVal(style.name);
            st.addNewQFormat();
            var sppr = st.addNewPPr();
            if (style.outlineLevel >= 0) {
                sppr.addNewKeepNext();
                sppr.addNewOutlineLvl().setVal(BigInteger.valueOf(style.outlineLevel));
            }
            var srpr = st.addNewRPr();
            CTFonts f = srpr.addNewRFonts();
            f.setEastAsia(style.font);
            srpr.addNewSz().setVal(BigInteger.valueOf(style.halfPoints));
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(st, styles));
        }
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** What follows w:compat in settings.xml, so that it is inserted where the schema puts it. */
    private static final java.util.Set<String> AFTER_COMPAT = java.util.Set.of("docVars", "rsids", "mathPr",
            "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
            "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
            "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator");

    /** A compatibility option (w:compat) of settings.xml, which POI's schema subset does not model. */
    public static void compatibility(XWPFDocument document, String option) {
        org.w3c.dom.Node settings = document.getSettings().getCTSettings().getDomNode();
        org.w3c.dom.Document dom = settings.getOwnerDocument();
        org.w3c.dom.Node compat = null;
        org.w3c.dom.Node before = null;
        for (org.w3c.dom.Node child = settings.getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("compat".equals(child.getLocalName())) {
                compat = child;
            } else if (before == null && AFTER_COMPAT.contains(child.getLocalName())) {
                before = child;
            }
        }
        if (compat == null) {
            compat = settings.insertBefore(dom.createElementNS(W, "w:compat"), before);
        }
        compat.appendChild(dom.createElementNS(W, "w:" + option));
    }

    /** A4, the GB/T 9704 margins, and 22 lines of 28 characters. */
    public static void page(XWPFDocument document) {
        styles(document);
        // a line that ends where the text was broken on purpose (a title's lines, status words moved to a line of
        // their own) keeps its characters' pitch instead of being spread to the margin
        compatibility(document, "doNotExpandShiftReturn");
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setRight(BigInteger.valueOf(1474));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(1304));
        CTDocGrid grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
    }

    /** "— n —" in 4号 宋体: odd pages on the right, even pages on the left, one character in from the edge. */
    public static void pageNumbers(XWPFDocument document) {
        document.setEvenAndOddHeadings(true);
        pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    public static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(alignment);
        if (alignment == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(280);
        } else {
            p.setIndentationLeft(280);
        }
        run(p, "— ", SONGTI, PAGE_NUMBER_HALF_POINTS, false);
        XWPFRun field = run(p, "", SONGTI, PAGE_NUMBER_HALF_POINTS, false);
        field.getCTR().addNewFldChar().setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
        XWPFRun instruction = run(p, "", SONGTI, PAGE_NUMBER_HALF_POINTS, false);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun end = run(p, "", SONGTI, PAGE_NUMBER_HALF_POINTS, false);
        end.getCTR().addNewFldChar().setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
        run(p, " —", SONGTI, PAGE_NUMBER_HALF_POINTS, false);
    }
}
