package rectify.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.lifecycle.Lifecycle;
import rectify.inspection.ChineseNumbers;
import rectify.inspection.FeedbackCategory;
import rectify.inspection.Inspection;
import rectify.inspection.InspectionAccess;
import rectify.inspection.Inspections;
import rectify.inspection.Problem;
import rectify.inspection.ProblemOrigin;
import rectify.inspection.ProblemStatus;
import rectify.inspection.StatusCounts;
import rectify.org.OrgUnit;
import rectify.org.OrgUnitKind;
import rectify.org.OrgUnits;
import rectify.rectification.Measure;
import rectify.rectification.Plans;
import rectify.shared.BusinessException;
import rectify.shared.EntityChanged;
import rectify.shared.web.Formats;

/**
 * The rectification report of an inspection: the unit keeps its heading facts and narrative sections here; the rest
 * is composed from the ledger — the opening paragraph from the facts and counts, each aspect and problem with its
 * status words and what was done. Documents are written in Chinese whatever the page language.
 */
@Service
@Transactional
public class Reports {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ReportSettingsRepository settings;
    private final ReportSectionRepository sections;
    private final InspectionAccess access;
    private final Inspections inspections;
    private final Plans plans;
    private final Lifecycle lifecycle;
    private final OrgUnits orgUnits;
    private final rectify.org.Accounts accounts;
    private final MessageSource messageSource;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final rectify.outcome.Outcomes outcomes;
    private final rectify.lookback.LookBacks lookBacks;
    private final rectify.duty.StandingDuties duties;

    Reports(ReportSettingsRepository settings, ReportSectionRepository sections, InspectionAccess access,
            Inspections inspections, Plans plans, Lifecycle lifecycle, OrgUnits orgUnits,
            rectify.org.Accounts accounts, MessageSource messageSource, ApplicationEventPublisher events, Clock clock,
            rectify.outcome.Outcomes outcomes, rectify.lookback.LookBacks lookBacks,
            rectify.duty.StandingDuties duties) {
        this.lookBacks = lookBacks;
        this.duties = duties;
        this.outcomes = outcomes;
        this.accounts = accounts;
        this.settings = settings;
        this.sections = sections;
        this.access = access;
        this.inspections = inspections;
        this.plans = plans;
        this.lifecycle = lifecycle;
        this.orgUnits = orgUnits;
        this.messageSource = messageSource;
        this.events = events;
        this.clock = clock;
    }

    public record SectionDraft(String heading, String body, boolean afterFeedback, boolean internal) {
    }

    /**
     * The report's heading facts as the unit sets them: title, 主送, 落款, date, the opening when edited (null:
     * composed), the contact the public notice gives, whether it is sealed, and the words that look like names in
     * free text but are none.
     */
    public record Heading(String title, String recipient, String issuer, LocalDate reportDate, String opening,
                          String contactPhone, String contactAddress, String contactEmail, boolean sealed,
                          List<String> notNames, List<Integer> withheld) {
    }

    @Transactional(readOnly = true)
    public ReportSettings settingsOf(long inspectionId) {
        access.readable(inspectionId);
        return settings.findById(inspectionId).orElseGet(() -> new ReportSettings(inspectionId));
    }

    @Transactional(readOnly = true)
    public List<ReportSection> sectionsOf(long inspectionId) {
        access.readable(inspectionId);
        return sections.findByInspectionIdOrderBySeq(inspectionId);
    }

    /** Saves the heading facts and replaces the narrative sections, if nobody saved in between. */
    public void save(long inspectionId, long expectedVersion, Heading facts, List<SectionDraft> drafts) {
        access.writable(inspectionId, InspectionAccess.PLANNERS);
        ReportSettings current = settings.findById(inspectionId).orElse(null);
        if (current == null) {
            BusinessException.requireVersion(0, expectedVersion);
            current = new ReportSettings(inspectionId);
        } else {
            BusinessException.requireVersion(current.getVersion(), expectedVersion);
        }
        Map<String, Object> before = Map.of("sections", sections.findByInspectionIdOrderBySeq(inspectionId).stream()
                .map(ReportSection::getHeading).toList());
        current.set(facts);
        settings.saveAndFlush(current);
        sections.deleteByInspection(inspectionId);
        int seq = 1;
        for (SectionDraft draft : drafts) {
            if (draft.heading() == null || draft.heading().isBlank()) {
                if (draft.body() != null && !draft.body().isBlank()) {
                    throw BusinessException.rule("report.rule.heading");
                }
                continue;
            }
            sections.save(new ReportSection(inspectionId, seq++, draft.heading().strip(),
                    draft.body() == null ? null : draft.body().strip(), draft.afterFeedback(), draft.internal()));
        }
        sections.flush();
        events.publishEvent(EntityChanged.updated("Report", inspectionId, "report of inspection " + inspectionId,
                before, Map.of("title", String.valueOf(facts.title()), "sections", drafts.stream().map(SectionDraft::heading)
                        .filter(h -> h != null && !h.isBlank()).toList())).about("Inspection", inspectionId));
    }

    /** What the report says; the public version leaves out internal sections and the names of persons. */
    @Transactional(readOnly = true)
    public ReportContent compose(long inspectionId, boolean publicVersion) {
        Inspection inspection = access.readable(inspectionId);
        OrgUnit target = access.targetOf(inspection);
        ReportSettings heading = settingsOf(inspectionId);
        List<FeedbackCategory> categories = inspections.categoriesOf(inspectionId);
        List<Problem> problems = inspections.problemsOf(inspectionId);
        Map<Long, List<Measure>> measures = plans.ofProblems(problems.stream().map(Problem::getId).toList());
        Map<Long, String> summaries = lifecycle.approvedSummaries(problems.stream().map(Problem::getId).toList());
        LocalDate date = heading.getReportDate() != null ? heading.getReportDate() : LocalDate.now(clock);
        // the report speaks of the Party organisation inspected (区科协党组) and is signed by it, where recorded
        String inspected = inspection.getPartyOrganisationShort() != null ? inspection.getPartyOrganisationShort()
                : target.getName();
        String targetName = inspection.getPartyOrganisationShort() != null ? inspection.getPartyOrganisationShort()
                : target.displayName();
        String signedBy = inspection.getPartyOrganisation() != null ? inspection.getPartyOrganisation()
                : target.getName();
        String group = inspection.getGroupName() != null ? inspection.getGroupName() : text("report.group." + inspection.getSource());

        // what the group fed back is reported and counted apart from what the unit found itself (自查自纠)
        List<Problem> feedback = problems.stream().filter(p -> p.getOrigin() == ProblemOrigin.FEEDBACK).toList();
        List<Problem> selfFound = problems.stream().filter(p -> p.getOrigin() == ProblemOrigin.SELF_CHECK).toList();
        java.util.function.Function<Problem, ReportContent.Item> item = p -> new ReportContent.Item(p.getSeq(),
                p.getTitle(), statusWords(p.getStatus()), ProblemReport.text(p, measures.getOrDefault(p.getId(),
                        List.of()), summaries.get(p.getId()), this::text));
        // the public version leaves out what the unit marked not to be published, but still counts it
        java.util.Set<Integer> withheld = publicVersion ? heading.getWithheldProblems() : java.util.Set.of();
        List<ReportContent.Aspect> aspects = new ArrayList<>();
        int aspectsFedBack = 0;
        for (FeedbackCategory category : categories) {
            List<Problem> ofAspect = feedback.stream().filter(p -> p.getCategoryId().equals(category.getId())).toList();
            aspectsFedBack += ofAspect.isEmpty() ? 0 : 1;
            List<ReportContent.Item> items = ofAspect.stream().filter(p -> !withheld.contains(p.getSeq())).map(item)
                    .toList();
            if (!items.isEmpty()) {
                aspects.add(new ReportContent.Aspect(category.getTitle(), items));
            }
        }
        long withheldCount = problems.stream().filter(p -> withheld.contains(p.getSeq())).count();
        List<ReportContent.Item> ownItems = new ArrayList<>();
        for (Problem p : selfFound.stream().filter(p -> !withheld.contains(p.getSeq())).toList()) {
            ReportContent.Item i = item.apply(p);
            ownItems.add(new ReportContent.Item(ownItems.size() + 1, i.title(), i.statusWords(), i.summary()));
        }
        StatusCounts counts = countsOf(feedback);
        List<ReportContent.Section> before = new ArrayList<>();
        List<ReportContent.Section> after = new ArrayList<>();
        if (inspection.getKind() == rectify.inspection.InspectionKind.LOOK_BACK) {
            lookBackSection(inspectionId).ifPresent(before::add);
        }
        // the duties come before what the unit writes about its next steps, as of the report's date
        dutiesSection(inspectionId, date).ifPresent(after::add);
        for (ReportSection section : sections.findByInspectionIdOrderBySeq(inspectionId)) {
            if (publicVersion && section.isInternal()) {
                continue;
            }
            (section.isAfterFeedback() ? after : before).add(new ReportContent.Section(section.getHeading(),
                    section.getBody() == null ? List.of() : Arrays.stream(section.getBody().split("\\R"))
                            .map(String::strip).filter(s -> !s.isEmpty()).toList()));
        }
        long total = counts.total();
        long rate = total == 0 ? 0 : Math.round(counts.closed() * 100.0 / total);
        String composed = text(publicVersion ? "report.public.opening" : "report.opening", committeeOf(target), group,
                period(inspection), inspected, text("report.kind." + inspection.getKind()),
                inspection.getFeedbackDate() == null ? "" : shortDate(inspection.getFeedbackDate(), inspection.getOnsiteTo()),
                targetName, aspectsFedBack, total, Formats.chineseDate(date), progress(counts), rate,
                achieved(inspectionId));
        String opening = !publicVersion && heading.getOpening() != null ? heading.getOpening() : composed;
        String word = text("report.word." + inspection.getSource());
        String title = publicVersion ? text("report.public.title", signedBy, group, word)
                : heading.getTitle() != null ? heading.getTitle() : text("report.title", target.getName(), group);
        ReportContent.SelfFound own = ownItems.isEmpty() ? null : new ReportContent.SelfFound(
                text("report.selfFound.heading"), text("report.selfFound.intro", targetName, selfFound.size(),
                progress(countsOf(selfFound))), ownItems);
        String feedbackIntro = text("report.feedbackIntro", group, aspectsFedBack, total,
                withheldCount == 0 ? "" : text("report.public.withheld", withheldCount));
        ReportContent content = new ReportContent(title, publicVersion ? null : heading.getRecipient(), opening, before,
                text("report.feedbackHeading", word), feedbackIntro,
                aspects, own, after, publicVersion ? invitation(heading) : null,
                heading.getIssuer() != null ? heading.getIssuer() : signedBy, date, heading.isSealed());
        return publicVersion ? withoutNames(content, heading.getNotNames()) : content;
    }

    /** A look-back's verdicts in report words: how many problems it revisited and how each held. */
    private java.util.Optional<ReportContent.Section> lookBackSection(long inspectionId) {
        rectify.lookback.LookBacks.Figures figures = lookBacks.figuresOf(inspectionId);
        if (figures.revisited() == 0) {
            return java.util.Optional.empty();
        }
        var verdicts = figures.byVerdict();
        return java.util.Optional.of(new ReportContent.Section(text("report.lookBack.heading"), List.of(text(
                "report.lookBack.figures", figures.revisited(),
                verdicts.get(rectify.lookback.LookBackItem.Verdict.HELD),
                verdicts.get(rectify.lookback.LookBackItem.Verdict.NOT_HELD),
                verdicts.get(rectify.lookback.LookBackItem.Verdict.RELAPSED),
                verdicts.get(rectify.lookback.LookBackItem.Verdict.PAPER_ONLY), figures.pending(),
                figures.reopened()))));
    }

    /** The standing duties the rectification set up and how punctually they were kept: "建立长效机制n项，按期落实率x%". */
    private java.util.Optional<ReportContent.Section> dutiesSection(long inspectionId, LocalDate asOf) {
        rectify.duty.StandingDuty.Figures figures = duties.figuresOfInspection(inspectionId, asOf);
        if (figures.duties() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ReportContent.Section(text("report.duties.heading"), List.of(
                figures.onTimePercent() == null ? text("report.dutiesNone", figures.duties())
                        : text("report.duties", figures.duties(), figures.onTimePercent()))));
    }

    /** The names the public version masks: accounts' names found in the report, and suspected names in free text. */
    public record Masking(List<String> accounts, List<String> suspected, java.util.Set<String> notNames) {
    }

    /** Of the internal report as composed for the same inspection. */
    @Transactional(readOnly = true)
    public Masking masking(long inspectionId, ReportContent internal) {
        String text = String.join("\n", texts(internal));
        List<String> accountNames = accounts.allDisplayNames().stream().filter(n -> n.length() >= 2 && text.contains(n))
                .toList();
        List<String> suspected = SuspectedNames.in(text).stream().filter(n -> !accountNames.contains(n)).toList();
        return new Masking(accountNames, suspected, settingsOf(inspectionId).getNotNames());
    }

    /** The free text of a report: what people wrote into its sections and summaries. */
    private static List<String> texts(ReportContent content) {
        List<String> texts = new ArrayList<>();
        java.util.function.Consumer<List<ReportContent.Section>> sections = list -> list.forEach(s -> {
            texts.add(s.heading());
            texts.addAll(s.paragraphs());
        });
        sections.accept(content.before());
        sections.accept(content.after());
        content.aspects().forEach(a -> a.problems().forEach(i -> texts.add(i.summary())));
        if (content.selfFound() != null) {
            content.selfFound().problems().forEach(i -> texts.add(i.summary()));
        }
        return texts;
    }

    /** "欢迎广大干部群众对巡察整改落实情况进行监督……联系电话：……" with what the unit set of its contact. */
    private String invitation(ReportSettings heading) {
        List<String> contact = new ArrayList<>();
        if (heading.getContactPhone() != null) {
            contact.add(text("report.public.phone", heading.getContactPhone()));
        }
        if (heading.getContactAddress() != null) {
            contact.add(text("report.public.address", heading.getContactAddress()));
        }
        if (heading.getContactEmail() != null) {
            contact.add(text("report.public.email", heading.getContactEmail()));
        }
        return text("report.public.invitation") + (contact.isEmpty() ? "" : String.join("；", contact) + "。");
    }

    /**
     * The public version: the names of people with an account here, of any unit, and what reads as a person's name
     * in free text (unless the unit said it is none), wherever someone wrote them into a summary or a section,
     * become "××".
     */
    private ReportContent withoutNames(ReportContent content, java.util.Set<String> notNames) {
        java.util.Set<String> all = new java.util.HashSet<>(accounts.allDisplayNames());
        SuspectedNames.in(String.join("\n", texts(content))).stream().filter(n -> !notNames.contains(n))
                .forEach(all::add);
        List<String> names = all.stream().filter(n -> n.length() >= 2)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        java.util.function.UnaryOperator<String> mask = text -> {
            String masked = text;
            for (String name : names) {
                masked = masked.replace(name, "××");
            }
            return masked;
        };
        java.util.function.Function<List<ReportContent.Section>, List<ReportContent.Section>> sections = list -> list
                .stream().map(s -> new ReportContent.Section(mask.apply(s.heading()),
                        s.paragraphs().stream().map(mask).toList())).toList();
        java.util.function.Function<List<ReportContent.Item>, List<ReportContent.Item>> items = list -> list.stream()
                .map(i -> new ReportContent.Item(i.seq(), i.title(), i.statusWords(), mask.apply(i.summary()))).toList();
        return new ReportContent(content.title(), content.recipient(), content.opening(),
                sections.apply(content.before()), content.feedbackHeading(), content.feedbackIntro(),
                content.aspects().stream().map(a -> new ReportContent.Aspect(a.title(), items.apply(a.problems())))
                        .toList(),
                content.selfFound() == null ? null : new ReportContent.SelfFound(content.selfFound().heading(),
                        content.selfFound().intro(), items.apply(content.selfFound().problems())),
                sections.apply(content.after()), content.closing(), content.issuer(), content.date(), content.sealed());
    }

    private static StatusCounts countsOf(List<Problem> problems) {
        Map<ProblemStatus, Long> byStatus = new java.util.EnumMap<>(ProblemStatus.class);
        Map<ProblemStatus, Long> reopened = new java.util.EnumMap<>(ProblemStatus.class);
        for (Problem p : problems) {
            byStatus.merge(p.getStatus(), 1L, Long::sum);
            if (p.getReopenedCount() > 0) {
                reopened.merge(p.getStatus(), 1L, Long::sum);
            }
        }
        return new StatusCounts(byStatus, reopened);
    }

    /** "11个问题已全部整改到位", or the non-zero counts: "已整改到位19个，正在整改6个". */
    private String progress(StatusCounts counts) {
        if (counts.total() > 0 && counts.closed() == counts.total()) {
            return text("report.count.all", counts.total());
        }
        List<String> parts = new ArrayList<>();
        if (counts.closed() > 0) {
            parts.add(text("report.count.closed", counts.closed()));
        }
        if (counts.ongoing() > 0) {
            parts.add(text("report.count.ongoing", counts.ongoing()));
        }
        if (counts.inProgress() > 0 || parts.isEmpty()) {
            parts.add(text("report.count.open", counts.inProgress()));
        }
        return String.join(text("report.count.separator"), parts);
    }

    private String committeeOf(OrgUnit target) {
        return orgUnits.byIds(target.pathIds()).values().stream().filter(u -> u.getKind() == OrgUnitKind.COMMITTEE)
                .max(java.util.Comparator.comparingInt(OrgUnit::depth)).map(OrgUnit::displayName).orElse("");
    }

    private String period(Inspection inspection) {
        if (inspection.getOnsiteFrom() == null) {
            return "";
        }
        String from = Formats.chineseDate(inspection.getOnsiteFrom());
        return inspection.getOnsiteTo() == null ? from
                : text("report.period", from, shortDate(inspection.getOnsiteTo(), inspection.getOnsiteFrom()));
    }

    /** 8月18日 when the year is the same as the reference date's, else 2023年1月5日. */
    private static String shortDate(LocalDate date, LocalDate reference) {
        return reference != null && reference.getYear() == date.getYear()
                ? date.getMonthValue() + "月" + date.getDayOfMonth() + "日" : Formats.chineseDate(date);
    }

    private String statusWords(ProblemStatus status) {
        return text(status == ProblemStatus.CLOSED ? "report.status.closed"
                : status == ProblemStatus.ONGOING ? "report.status.ongoing" : "report.status.open");
    }

    /** "通过整改，完善和新建制度1项。" when the inspection has outcomes recorded; nothing otherwise. */
    private String achieved(long inspectionId) {
        String words = rectify.outcome.Outcomes.inWords(outcomes.totalsOfInspection(inspectionId));
        return words.isEmpty() ? "" : text("report.achieved", words);
    }

    private String text(String key, Object... args) {
        return messageSource.getMessage(key, args, key, CHINESE);
    }
}
