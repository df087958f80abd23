package rectify.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The signature as GB/T 9704 7.3.5 sets it, with and without a seal. */
class GbtLayoutTest {

    private static List<XWPFParagraph> signature(boolean sealed) {
        XWPFDocument document = new XWPFDocument();
        GbtLayout.page(document);
        GbtLayout.body(document, "特此报告。");
        GbtLayout.signed(document, "中共石龙区教育体育局党组", "2026年11月30日", sealed);
        List<XWPFParagraph> all = document.getParagraphs();
        return all.subList(all.size() - 4, all.size());
    }

    @Test
    void sealedTheDateIsFourCharactersInAndTheIssuerCentredOverIt() {
        List<XWPFParagraph> p = signature(true);
        int cell = GbtLayout.CELL_TWIPS;
        // 12 characters over 7 (2026 and 11 and 30 take half a character a digit): centred, 1.5 characters further in
        assertThat(p.get(2).getIndentationRight()).isEqualTo((int) Math.round(1.5 * cell));
        assertThat(p.get(3).getIndentationRight()).isEqualTo(4 * cell);
        assertThat(p.get(0).isKeepNext()).as("the text stays with its signature").isTrue();
        assertThat(p.get(1).isKeepNext()).isTrue();
        assertThat(p.get(2).isKeepNext()).isTrue();
    }

    @Test
    void unsealedTheIssuerIsTwoCharactersInAndTheDateStartsTwoCharactersRightOfIt() {
        List<XWPFParagraph> p = signature(false);
        int cell = GbtLayout.CELL_TWIPS;
        assertThat(p.get(2).getIndentationRight()).isEqualTo(2 * cell);
        // the issuer starts 14 characters from the left of the 28; the date 2 further, 7 long: 5 from the right
        assertThat(p.get(3).getIndentationRight()).isEqualTo(5 * cell);
    }
}
