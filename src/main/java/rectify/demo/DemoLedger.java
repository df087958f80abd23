package rectify.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import rectify.lifecycle.Extensions;
import rectify.lifecycle.Lifecycle;
import rectify.evidence.Evidence;
import rectify.inspection.FeedbackCategory;
import rectify.inspection.Inspection;
import rectify.inspection.InspectionKind;
import rectify.inspection.InspectionSource;
import rectify.inspection.Inspections;
import rectify.inspection.Problem;
import rectify.inspection.ProblemStatus;
import rectify.inspection.StatusWords;
import rectify.inspection.Problems;
import rectify.inspection.ProblemTransition;
import rectify.inspection.RectificationType;
import rectify.org.Accounts;
import rectify.org.OrgUnit;
import rectify.org.OrgUnits;
import rectify.org.RunAs;
import rectify.org.UserAccount;
import rectify.outcome.Outcome;
import rectify.outcome.Outcomes;
import rectify.rectification.Measure;
import rectify.rectification.MeasureStatus;
import rectify.rectification.Plans;
import rectify.rectification.ProgressReports;

/**
 * Demo ledger (profile {@code demo}), entered through the same services and rules as a person would, by the demo
 * people themselves: the seed report's inspection of the district science association, complete and closed as the
 * report says (entered as recorded history); and a current inspection of the education bureau whose problems are
 * walked through the real lifecycle into every status, with deadlines dated from today so the warnings are live.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("'${rectify.command:}' == ''")
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DemoLedger implements ApplicationRunner {

    static final String SEED_TITLE = "区委第二巡察组对区科协党组常规巡察";
    static final String CURRENT_TITLE = "区委第三巡察组对区教育体育局党组常规巡察";

    private final Inspections inspections;
    private final Problems problems;
    private final Plans plans;
    private final ProgressReports progress;
    private final OrgUnits orgUnits;
    private final Accounts accounts;
    private final RunAs runAs;
    private final Lifecycle lifecycle;
    private final Extensions extensions;
    private final Evidence evidence;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Outcomes outcomes;

    DemoLedger(Inspections inspections, Problems problems, Plans plans, ProgressReports progress, OrgUnits orgUnits,
               Accounts accounts, RunAs runAs, Lifecycle lifecycle, Extensions extensions, Evidence evidence,
               JsonMapper json, TransactionTemplate transaction, Clock clock, Outcomes outcomes) {
        this.outcomes = outcomes;
        this.lifecycle = lifecycle;
        this.extensions = extensions;
        this.evidence = evidence;
        this.inspections = inspections;
        this.problems = problems;
        this.plans = plans;
        this.progress = progress;
        this.orgUnits = orgUnits;
        this.accounts = accounts;
        this.runAs = runAs;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
    }

    record SeedInspection(String title, String groupName, String targetUnit, InspectionSource source,
                          InspectionKind kind, LocalDate onsiteFrom, LocalDate onsiteTo, LocalDate feedbackDate,
                          LocalDate dueDate, LocalDate closedOn, List<SeedCategory> categories) {
    }

    record SeedCategory(String title, List<SeedProblem> problems) {
    }

    record SeedProblem(int seq, String title, String status, List<String> measures) {
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        boolean present = runAs.user("xcb.liu", () -> inspections.visible().stream()
                .anyMatch(i -> i.getTitle().equals(SEED_TITLE)));
        if (present) {
            return;
        }
        SeedInspection seed;
        try (InputStream in = new ClassPathResource("demo/seed-shilong-kexie.json").getInputStream()) {
            seed = json.readValue(in, SeedInspection.class);
        }
        transaction.executeWithoutResult(status -> {
            enterSeed(seed);
            long round = enterCurrent();
            enterCurrentKexie(round);
        });
    }

    // ---- the seed: 区科协, 4 aspects, 11 problems, all 已整改到位

    private void enterSeed(SeedInspection seed) {
        OrgUnit kexie = unit(seed.targetUnit());
        Map<String, Long> people = people(kexie);
        Map<String, Long> departments = departments(kexie);
        Inspection inspection = runAs.user("xcb.liu", () -> {
            var round = inspections.createRound("十三届区委第二轮巡察", 2022);
            return inspections.create(new Inspection.Facts(round.getId(), seed.source(), seed.kind(),
                    seed.groupName(), kexie.getId(), seed.title(), seed.onsiteFrom(), seed.onsiteTo(),
                    seed.feedbackDate(), seed.dueDate(), true, null, "中共石龙区科学技术协会党组", "区科协党组"));
        });
        List<Long> problemIds = new ArrayList<>();
        for (SeedCategory category : seed.categories()) {
            runAs.user("xcb.liu", () -> {
                FeedbackCategory created = inspections.addCategory(inspection.getId(), null, category.title());
                for (SeedProblem problem : category.problems()) {
                    problemIds.add(problems.create(inspection.getId(), new Problems.Draft(created.getId(),
                            problem.title(), null, new Problem.Responsibility(RectificationType.TIME_LIMITED, null,
                            Set.of(), Set.of(), null, null))).getId());
                }
            });
        }
        for (SeedCategory category : seed.categories()) {
            for (SeedProblem problem : category.problems()) {
                long problemId = problemIds.get(problem.seq() - 1);
                String department = seedDepartment(problem.seq());
                String person = switch (department) {
                    case "区科协科普部" -> "kx.chen";
                    case "区科协学会部" -> "kx.zhou";
                    default -> "kx.li";
                };
                // the first three were due in mid-November and closed late, with the rest by the inspection's due date
                LocalDate deadline = problem.seq() <= 3 ? LocalDate.of(2022, 11, 15) : seed.dueDate();
                runAs.user("kx.li", () -> {
                    Problem current = problems.get(problemId);
                    problems.update(problemId, current.getVersion(), new Problems.Draft(current.getCategoryId(),
                            current.getTitle(), null, new Problem.Responsibility(
                            problem.seq() <= 3 ? RectificationType.IMMEDIATE : RectificationType.TIME_LIMITED,
                            people.get("kx.wang"), Set.of(departments.get(department)),
                            Set.of(people.get(person)), deadline, null)));
                    for (String text : problem.measures()) {
                        Measure measure = plans.add(problemId, new Plans.MeasureDraft(text, people.get(person), deadline));
                        plans.complete(measure.getId(), measure.getVersion(),
                                new Plans.Completion(MeasureStatus.DONE, seed.closedOn(), null));
                    }
                });
                runAs.user("xcb.liu", () -> problems.adoptRecordedState(problemId,
                        new StatusWords.Recorded(ProblemStatus.CLOSED, seed.closedOn(), null)));
            }
        }
        // the report's "建立联席会议制度" (problem 4)
        runAs.user("kx.li", () -> outcomes.add(problemIds.get(3), new Outcomes.Draft(Outcome.Subtype.NEW,
                "区科协联席会议制度", null, null, seed.closedOn(), "团结引领各成员单位，定期召开工作推进会、年度考核会")));
    }

    private static String seedDepartment(int seq) {
        return switch (seq) {
            case 4, 8 -> "区科协学会部";
            case 5, 6, 7 -> "区科协科普部";
            default -> "区科协办公室";
        };
    }

    // ---- the current inspection: 区教体局, every status and warning level, dated from today

    private long enterCurrent() {
        LocalDate today = LocalDate.now(clock);
        OrgUnit education = unit("石龙区教育体育局");
        Map<String, Long> people = people(education);
        Map<String, Long> departments = departments(education);
        Inspection inspection = runAs.user("xcb.liu", () -> {
            var round = inspections.createRound(today.getYear() + "年区委第一轮巡察", today.getYear());
            return inspections.create(new Inspection.Facts(round.getId(), InspectionSource.INSPECTION,
                    InspectionKind.ROUTINE, "区委第三巡察组", education.getId(), CURRENT_TITLE,
                    today.minusDays(150), today.minusDays(110), today.minusDays(75), today.plusDays(15), true, null,
                    "中共石龙区教育体育局党组", "区教体局党组"));
        });
        long[] aspects = new long[3];
        runAs.user("xcb.liu", () -> {
            aspects[0] = inspections.addCategory(inspection.getId(), null, "贯彻落实党中央决策部署和上级要求不够到位").getId();
            aspects[1] = inspections.addCategory(inspection.getId(), null, "落实全面从严治党“两个责任”有差距").getId();
            aspects[2] = inspections.addCategory(inspection.getId(), null, "干部队伍和基层党组织建设存在短板").getId();
        });
        record Planned(int aspect, String title, String description, RectificationType type, int deadlineInDays,
                       ProblemStatus status, List<String> measures, int measuresDone) {
        }
        List<Planned> planned = List.of(
                new Planned(0, "关于落实“双减”政策监督检查不够有力的问题",
                        "对校外培训“隐形变异”问题排查不深入，部分学校作业总量和时长调控措施落实不到位。",
                        RectificationType.TIME_LIMITED, 6, ProblemStatus.IN_PROGRESS,
                        List.of("建立“双减”工作月调度机制，每月通报各校作业管理和课后服务情况。",
                                "联合市场监管、公安等部门开展校外培训专项治理，对隐形变异培训露头就打。",
                                "将“双减”落实情况纳入学校年度目标考核。"), 1),
                new Planned(0, "关于校园安全隐患排查整治不彻底的问题",
                        "部分学校消防设施老化、监控存在盲区，隐患整改台账销号不及时。",
                        RectificationType.TIME_LIMITED, -8, ProblemStatus.IN_PROGRESS,
                        List.of("对全区中小学、幼儿园开展拉网式安全隐患排查，建立隐患清单。",
                                "对排查出的消防、监控隐患逐校制定整改方案，限时整改销号。"), 0),
                new Planned(0, "关于义务教育阶段学校布局调整推进缓慢的问题",
                        "城区学位紧张与农村学校生源萎缩并存，学校布局规划调整滞后。",
                        RectificationType.LONG_TERM, 200, ProblemStatus.ONGOING,
                        List.of("修订全区中小学布局专项规划，报区政府审定后实施。",
                                "分年度推进城区新建、改扩建学校项目。"), 2),
                new Planned(1, "关于党组履行主体责任不够到位的问题",
                        "党组研究全面从严治党工作次数偏少，对下属学校党组织督促指导不够。",
                        RectificationType.TIME_LIMITED, -20, ProblemStatus.CLOSED,
                        List.of("制定党组落实全面从严治党主体责任清单，每季度专题研究一次。",
                                "党组成员分片联系学校党组织，每学期至少开展一次督导。"), 2),
                new Planned(1, "关于教育经费管理使用不够规范的问题",
                        "部分学校公用经费支出审批手续不全，存在以白条入账现象。",
                        RectificationType.TIME_LIMITED, 3, ProblemStatus.CLOSURE_REVIEW,
                        List.of("开展学校财务专项检查，对不规范支出逐笔整改。",
                                "修订《学校财务管理办法》，完善经费支出审批流程。"), 2),
                new Planned(1, "关于校外培训机构审批监管存在漏洞的问题",
                        "校外培训机构审批材料审核不严，年检流于形式。",
                        RectificationType.TIME_LIMITED, 15, ProblemStatus.IN_PROGRESS,
                        List.of("对全区校外培训机构审批档案进行全面复核。",
                                "建立校外培训机构“白名单”并向社会公布。"), 1),
                new Planned(2, "关于教师职称评审程序不够严格的问题",
                        "职称评审推荐环节公示时间不足，评审材料审核把关不严。",
                        RectificationType.TIME_LIMITED, 45, ProblemStatus.PLAN_REVIEW,
                        List.of("修订教师职称评审推荐办法，严格执行公示制度。"), 0),
                new Planned(2, "关于基层学校党组织“三会一课”不够规范的问题",
                        "部分学校党支部组织生活会质量不高，会议记录不规范。",
                        RectificationType.TIME_LIMITED, 60, ProblemStatus.PLANNING,
                        List.of(), 0));
        List<Long> ids = new ArrayList<>();
        for (Planned p : planned) {
            runAs.user("xcb.liu", () -> ids.add(problems.create(inspection.getId(), new Problems.Draft(aspects[p.aspect()],
                    p.title(), p.description(), new Problem.Responsibility(p.type(), null, Set.of(), Set.of(), null,
                    null))).getId()));
        }
        // the unit's own finding (自查自纠), entered by its coordinator
        ids.add(runAs.user("jt.zhao", () -> problems.create(inspection.getId(), new Problems.Draft(aspects[2],
                "关于学校食堂食材采购台账不健全的问题", "自查发现部分学校食堂食材采购索证索票不全、台账登记不及时。",
                new Problem.Responsibility(RectificationType.IMMEDIATE, null, Set.of(), Set.of(), null, null))).getId()));
        List<Planned> all = new ArrayList<>(planned);
        all.add(new Planned(2, "", "", RectificationType.IMMEDIATE, -2, ProblemStatus.IN_PROGRESS,
                List.of("对全区学校食堂食材采购台账开展逐校检查，立行立改。"), 0));

        // deadlines past the inspection's due date carry their reason, as the rule asks
        Map<String, String> lateReasons = Map.of(
                "关于教师职称评审程序不够严格的问题", "须结合本年度职称评审周期修订推荐办法，评审结束后方能检验成效。",
                "关于基层学校党组织“三会一课”不够规范的问题", "须经一个季度的组织生活检验整改成效。");
        for (int i = 0; i < all.size(); i++) {
            Planned p = all.get(i);
            long problemId = ids.get(i);
            LocalDate deadline = today.plusDays(p.deadlineInDays());
            boolean basicEducation = i % 2 == 0;
            String person = basicEducation ? "jt.qian" : "jt.zhao";
            runAs.user("jt.zhao", () -> {
                Problem current = problems.get(problemId);
                problems.update(problemId, current.getVersion(), new Problems.Draft(current.getCategoryId(),
                        current.getTitle(), current.getDescription(), new Problem.Responsibility(p.type(),
                        people.get("jt.he"), Set.of(departments.get(basicEducation ? "区教体局基础教育股" : "区教体局办公室")),
                        Set.of(people.get(person)), deadline, null, lateReasons.get(p.title()))));
                for (String text : p.measures()) {
                    plans.add(problemId, new Plans.MeasureDraft(text, people.get(person), deadline));
                }
            });
            List<Measure> measures = runAs.user("jt.zhao", () -> plans.of(problemId));
            for (int m = 0; m < measures.size(); m++) {
                Measure measure = measures.get(m);
                LocalDate reported = today.minusDays(20 - m * 3L);
                runAs.user(person, () -> progress.report(measure.getId(), reported,
                        "已按计划推进：" + measure.getText().replaceAll("。$", "") + "，相关材料已归档。",
                        List.of(evidenceFor(measure))));
                if (m < p.measuresDone()) {
                    runAs.user(person, () -> plans.complete(measure.getId(), plans.get(measure.getId()).getVersion(),
                            new Plans.Completion(MeasureStatus.DONE, today.minusDays(5), "已完成")));
                }
            }
            walk(problemId, p.status(), today, "jt.zhao", "jt.he");
        }
        runAs.user("jt.zhao", () -> extensions.request(ids.get(1), today.plusDays(20),
                "涉及消防设施更换，须待区财政专项资金下达后实施采购，申请延期20天。"));
        return inspection.getRoundId();
    }

    // ---- a second unit in this year's round: 区科协 again, a special inspection under way

    static final String CURRENT_KEXIE_TITLE = "区委第一巡察组对区科协党组专项巡察";

    private void enterCurrentKexie(long roundId) {
        LocalDate today = LocalDate.now(clock);
        OrgUnit kexie = unit("石龙区科学技术协会");
        Map<String, Long> people = people(kexie);
        Map<String, Long> departments = departments(kexie);
        Inspection inspection = runAs.user("xcb.liu", () -> inspections.create(new Inspection.Facts(roundId,
                InspectionSource.INSPECTION, InspectionKind.SPECIAL, "区委第一巡察组", kexie.getId(),
                CURRENT_KEXIE_TITLE, today.minusDays(120), today.minusDays(95), today.minusDays(60),
                today.plusDays(30), true, null, "中共石龙区科学技术协会党组", "区科协党组")));
        long aspect = runAs.user("xcb.liu", () -> inspections.addCategory(inspection.getId(), null,
                "履行职能职责、服务科技工作者有差距").getId());
        record Planned(String title, String description, String person, String department, int deadlineInDays,
                       ProblemStatus status, List<String> measures, int measuresDone) {
        }
        List<Planned> planned = List.of(
                new Planned("关于科普经费使用绩效不高的问题", "部分科普项目经费执行进度慢，项目验收和绩效评价流于形式。",
                        "kx.chen", "区科协科普部", 8, ProblemStatus.IN_PROGRESS,
                        List.of("对近三年科普项目经费逐项清理，建立项目执行进度月报制度。",
                                "修订科普项目管理办法，引入第三方绩效评价。"), 1),
                new Planned("关于所属学会换届工作滞后的问题", "个别学会超期未换届，会员管理和活动开展不规范。",
                        "kx.zhou", "区科协学会部", -5, ProblemStatus.IN_PROGRESS,
                        List.of("逐个学会制定换届工作计划，限期完成换届。"), 0),
                new Planned("关于意识形态工作责任制落实不够到位的问题", "党组专题研究意识形态工作次数偏少，阵地管理存在薄弱环节。",
                        "kx.li", "区科协办公室", 30, ProblemStatus.CLOSED,
                        List.of("制定党组意识形态工作责任清单，每半年专题研究一次。",
                                "对科协网站、公众号等宣传阵地开展全面排查，建立审核制度。"), 2),
                new Planned("关于基层科协组织覆盖面不广的问题", "部分乡镇（街道）科协组织不健全，作用发挥不明显。",
                        "kx.chen", "区科协科普部", 18, ProblemStatus.IN_PROGRESS,
                        List.of("推动乡镇（街道）科协全覆盖，年内完成组织建设。"), 0),
                // the same problem as the education bureau's: a theme that recurs across the round's units
                new Planned("关于机关党支部“三会一课”不够规范的问题", "支部委员会会议记录不全，党课次数不足。",
                        "kx.li", "区科协办公室", 25, ProblemStatus.PLANNING, List.of(), 0));
        List<Long> ids = new ArrayList<>();
        for (Planned p : planned) {
            long problemId = runAs.user("xcb.liu", () -> problems.create(inspection.getId(), new Problems.Draft(
                    aspect, p.title(), p.description(), new Problem.Responsibility(RectificationType.TIME_LIMITED,
                    null, Set.of(), Set.of(), null, null))).getId());
            LocalDate deadline = today.plusDays(p.deadlineInDays());
            runAs.user("kx.li", () -> {
                Problem current = problems.get(problemId);
                problems.update(problemId, current.getVersion(), new Problems.Draft(current.getCategoryId(),
                        current.getTitle(), current.getDescription(), new Problem.Responsibility(
                        RectificationType.TIME_LIMITED, people.get("kx.wang"), Set.of(departments.get(p.department())),
                        Set.of(people.get(p.person())), deadline, null)));
                for (String text : p.measures()) {
                    plans.add(problemId, new Plans.MeasureDraft(text, people.get(p.person()), deadline));
                }
            });
            List<Measure> measures = runAs.user("kx.li", () -> plans.of(problemId));
            for (int m = 0; m < p.measuresDone(); m++) {
                Measure measure = measures.get(m);
                runAs.user(p.person(), () -> progress.report(measure.getId(), today.minusDays(3),
                        "已完成：" + measure.getText().replaceAll("。$", "") + "，相关材料已归档。",
                        List.of(evidenceFor(measure))));
                runAs.user(p.person(), () -> plans.complete(measure.getId(), plans.get(measure.getId()).getVersion(),
                        new Plans.Completion(MeasureStatus.DONE, today.minusDays(3), "已完成")));
            }
            walk(problemId, p.status(), today, "kx.li", "kx.wang");
            ids.add(problemId);
        }
        runAs.user("kx.li", () -> {
            outcomes.add(ids.get(0), new Outcomes.Draft(Outcome.Subtype.REFUNDED, null, null, new BigDecimal("3.60"),
                    today.minusDays(12), "清退违规列支的科普活动经费"));
            outcomes.add(ids.get(0), new Outcomes.Draft(Outcome.Subtype.CRITICISM, null, 1, null, today.minusDays(10),
                    "对项目管理失职人员进行批评教育"));
            outcomes.add(ids.get(2), new Outcomes.Draft(Outcome.Subtype.NEW, "区科协党组意识形态工作责任清单", null, null,
                    today.minusDays(20), null));
            outcomes.add(ids.get(2), new Outcomes.Draft(Outcome.Subtype.REVISED, "科协网站和微信公众号信息发布审核制度", null,
                    null, today.minusDays(15), null));
        });
    }

    /** Takes a problem through the lifecycle, as the coordinator, the unit leader and the office would. */
    private void walk(long problemId, ProblemStatus target, LocalDate today, String coordinator, String leader) {
        if (target == ProblemStatus.PLANNING) {
            return;
        }
        runAs.user(coordinator, () -> lifecycle.apply(problemId, Lifecycle.Request.of(ProblemTransition.SUBMIT_PLAN, null)));
        if (target == ProblemStatus.PLAN_REVIEW) {
            return;
        }
        runAs.user("xcb.liu", () -> lifecycle.apply(problemId, Lifecycle.Request.of(ProblemTransition.APPROVE_PLAN,
                "方案可行，同意实施。")));
        if (target == ProblemStatus.IN_PROGRESS) {
            return;
        }
        runAs.user(coordinator, () -> {
            String summary = summaryOf(plans.of(problemId));
            Set<Long> files = new java.util.HashSet<>(evidence.ofProblem(problemId).stream()
                    .map(rectify.evidence.Attachment::getId).toList());
            lifecycle.apply(problemId, new Lifecycle.Request(ProblemTransition.REQUEST_CLOSURE, null, summary, files,
                    null, null, null));
        });
        if (target == ProblemStatus.CLOSURE_REVIEW) {
            return;
        }
        runAs.user(leader, () -> lifecycle.apply(problemId, Lifecycle.Request.of(ProblemTransition.APPROVE,
                "整改措施已落实，同意报巡察办审核。")));
        if (target == ProblemStatus.ONGOING) {
            runAs.user("xcb.liu", () -> lifecycle.apply(problemId, new Lifecycle.Request(
                    ProblemTransition.APPROVE_AS_LONG_TERM, "阶段性成果明显，转为长期坚持。", null, Set.of(),
                    "完成布局规划修订并启动两所学校改扩建", today.plusDays(12), null)));
        } else {
            runAs.user("xcb.liu", () -> lifecycle.apply(problemId, Lifecycle.Request.of(ProblemTransition.APPROVE,
                    "经核查，整改到位，同意销号。")));
        }
    }

    /** 一是……二是……: the closure summary from the measures, as the report writes it. */
    static String summaryOf(List<Measure> measures) {
        return rectify.inspection.ChineseNumbers.enumerate(measures.stream().map(Measure::getText).toList());
    }

    private Evidence.Upload evidenceFor(Measure measure) {
        byte[] content = measure.getSeq() % 2 == 1 ? DemoFiles.photo(measure.getSeq()) : DemoFiles.pdf("Measure " + measure.getId());
        String name = measure.getSeq() % 2 == 1 ? "现场照片" + measure.getSeq() + ".png" : "工作记录" + measure.getSeq() + ".pdf";
        return new Evidence.Upload(name, () -> new ByteArrayInputStream(content));
    }

    private OrgUnit unit(String name) {
        return orgUnits.visibleTo(runAs.user("xcb.liu", () -> rectify.org.CurrentUser.require())).stream()
                .filter(u -> u.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo unit missing: " + name));
    }

    private Map<String, Long> people(OrgUnit unit) {
        Map<String, Long> ids = new java.util.HashMap<>();
        for (UserAccount user : accounts.membersOf(unit)) {
            ids.put(user.getUsername(), user.getId());
        }
        return ids;
    }

    private Map<String, Long> departments(OrgUnit unit) {
        Map<String, Long> ids = new java.util.HashMap<>();
        orgUnits.visibleTo(runAs.user("xcb.liu", () -> rectify.org.CurrentUser.require())).stream()
                .filter(u -> u.isWithin(unit)).forEach(u -> ids.put(u.getName(), u.getId()));
        return ids;
    }

    /** Small but real evidence files: a PNG drawn here and a one-page PDF. */
    static final class DemoFiles {

        private DemoFiles() {
        }

        static byte[] photo(int variant) {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 200,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(new java.awt.Color(226, 236, 244));
            g.fillRect(0, 0, 320, 200);
            g.setColor(new java.awt.Color(120 + variant * 20 % 100, 150, 110));
            g.fillRect(0, 130, 320, 70);
            g.setColor(new java.awt.Color(179, 38, 30));
            g.fillRect(110, 60, 100, 80);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(150, 100, 20, 40);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                javax.imageio.ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        static byte[] pdf(String line) {
            String stream = "BT /F1 18 Tf 72 720 Td (" + line + ") Tj ET";
            String[] objects = {
                    "<< /Type /Catalog /Pages 2 0 R >>",
                    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                            + " /Resources << /Font << /F1 5 0 R >> >> >>",
                    "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
            StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
            List<Integer> offsets = new ArrayList<>();
            for (int i = 0; i < objects.length; i++) {
                offsets.add(pdf.length());
                pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
            }
            int xref = pdf.length();
            pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
            offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
            pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                    .append(xref).append("\n%%EOF\n");
            return pdf.toString().getBytes(StandardCharsets.US_ASCII);
        }
    }
}
