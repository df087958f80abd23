package rectify.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import rectify.inspection.Inspections;
import rectify.report.Reports;
import rectify.org.RunAs;

/**
 * Demo (profile {@code demo}): the seed report's narrative sections (强化整改主体责任, 下一步工作打算) and heading
 * facts, written by the science association's coordinator, so its report comes out like the published one.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("'${rectify.command:}' == ''")
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class DemoReport implements ApplicationRunner {

    static final String SEED_TITLE = "区委第二巡察组对区科协党组常规巡察";

    private final Reports reports;
    private final Inspections inspections;
    private final RunAs runAs;
    private final JsonMapper json;

    DemoReport(Reports reports, Inspections inspections, RunAs runAs, JsonMapper json) {
        this.reports = reports;
        this.inspections = inspections;
        this.runAs = runAs;
        this.json = json;
    }

    record Sections(List<Section> sections) {
    }

    record Section(String heading, List<String> paragraphs, boolean afterFeedback) {
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Sections seed;
        try (InputStream in = new ClassPathResource("demo/seed-report-sections.json").getInputStream()) {
            seed = json.readValue(in, Sections.class);
        }
        runAs.user("kx.li", () -> inspections.visible().stream().filter(i -> i.getTitle().equals(SEED_TITLE))
                .findFirst().filter(i -> reports.settingsOf(i.getId()).getVersion() == 0
                        && reports.sectionsOf(i.getId()).isEmpty())
                .ifPresent(i -> reports.save(i.getId(), 0, new Reports.Heading(
                        "石龙区科学技术协会关于区委第二巡察组反馈意见整改落实情况的报告", null, "石龙区科学技术协会党组",
                        LocalDate.of(2022, 12, 30), null, null, null, null, true, List.of(), List.of()),
                        seed.sections().stream()
                                .map(s -> new Reports.SectionDraft(s.heading(), String.join("\n", s.paragraphs()),
                                        s.afterFeedback(), false)).toList())));
    }
}
