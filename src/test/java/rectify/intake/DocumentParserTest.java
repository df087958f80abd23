package rectify.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import rectify.inspection.ProblemStatus;
import rectify.shared.BusinessException;

/** The seed report and the numbering variants real documents use. */
class DocumentParserTest {

    private final DocumentParser parser = new DocumentParser();

    static String seed() throws IOException {
        try (InputStream in = DocumentParserTest.class.getResourceAsStream("/fixtures/seed-report-shilong-kexie.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSeedReportComesOutAsFourAspectsAndElevenClosedProblemsWithTheirMeasures() throws IOException {
        ParsedDocument parsed = parser.parseText(seed());
        assertThat(parsed.title()).isEqualTo("石龙区科学技术协会关于区委第二巡察组反馈意见整改落实情况的报告");
        assertThat(parsed.categories()).hasSize(4);
        assertThat(parsed.problemCount()).isEqualTo(11);
        assertThat(parsed.categories().get(0).title()).isEqualTo("党组在推进机关政治建设方面不够有力，主体责任履行不到位");
        assertThat(parsed.categories().get(2).title()).startsWith("关于党组在转变工作作风方面持续发力不够");
        List<ParsedDocument.Problem> problems = parsed.categories().stream().flatMap(c -> c.problems().stream()).toList();
        assertThat(problems).extracting(ParsedDocument.Problem::status).containsOnly(ProblemStatus.CLOSED);
        assertThat(problems.get(0).title()).isEqualTo("学习制度落实不到位的问题");
        assertThat(problems.get(10).title()).isEqualTo("关于“三会一课”制度落实不到位的问题");
        assertThat(problems).extracting(p -> p.measures().size()).containsExactly(1, 3, 3, 5, 4, 3, 2, 3, 4, 4, 3);
        assertThat(problems.get(1).measures().get(2)).startsWith("进一步完善党组学习计划，将上级科学普及指示精神以及党建工作");
        assertThat(problems.get(8).measures().get(3)).startsWith("安排责任心强的人员负责会议记录");
        assertThat(problems.get(2).measures().get(0)).doesNotContain("**").startsWith("科协党组始终将意识形态领域工作");
    }

    @Test
    void numberingVariantsAndHalfWidthPunctuationAreRead() {
        String text = """
                关于区委第一巡察组反馈意见的整改方案

                一、党的领导弱化
                1．关于理论学习不深入的问题（正在整改）
                整改措施：(1)制定学习计划；(2)每月集中学习一次；(3)开展研讨交流。
                2、关于“第一议题”制度执行不到位
                的问题。（基本整改到位）
                一是建立台账；二是定期检查。
                二、全面从严治党不力
                3. 关于廉政风险防控不到位的问题
                """;
        ParsedDocument parsed = parser.parseText(text);
        assertThat(parsed.categories()).extracting(ParsedDocument.Category::title)
                .containsExactly("党的领导弱化", "全面从严治党不力");
        ParsedDocument.Problem first = parsed.categories().get(0).problems().get(0);
        assertThat(first.title()).isEqualTo("关于理论学习不深入的问题");
        assertThat(first.status()).isEqualTo(ProblemStatus.IN_PROGRESS);
        assertThat(first.measures()).containsExactly("制定学习计划", "每月集中学习一次", "开展研讨交流。");
        ParsedDocument.Problem second = parsed.categories().get(0).problems().get(1);
        assertThat(second.title()).isEqualTo("关于“第一议题”制度执行不到位的问题");
        assertThat(second.status()).isEqualTo(ProblemStatus.ONGOING);
        assertThat(second.measures()).containsExactly("建立台账", "定期检查。");
        ParsedDocument.Problem third = parsed.categories().get(1).problems().get(0);
        assertThat(third.status()).isNull();
        assertThat(third.measures()).isEmpty();
    }

    @Test
    void aDocxIsReadLikeText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            for (String line : seed().split("\\n")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
        }
        ParsedDocument parsed = parser.parse(out.toByteArray());
        assertThat(parsed.categories()).hasSize(4);
        assertThat(parsed.problemCount()).isEqualTo(11);
    }

    @Test
    void aDocumentWithoutProblemsOrABrokenFileIsRefusedClearly() {
        assertThatThrownBy(() -> parser.parseText("只是一段说明文字。"))
                .isInstanceOf(BusinessException.class).hasMessage("intake.rule.noProblems");
        assertThatThrownBy(() -> parser.parse(new byte[] {1, 2, 3}))
                .isInstanceOf(BusinessException.class).hasMessage("intake.rule.binary");
    }
}
