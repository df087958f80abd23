package rectify.intake;

import rectify.document.LedgerWorkbook;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.FeedbackCategory;
import rectify.inspection.Inspection;
import rectify.inspection.InspectionAccess;
import rectify.inspection.Inspections;
import rectify.inspection.Problem;
import rectify.inspection.ProblemBatch;
import rectify.inspection.ProblemStatus;
import rectify.inspection.Problems;
import rectify.inspection.RectificationType;
import rectify.org.Accounts;
import rectify.org.CurrentUser;
import rectify.org.OrgUnit;
import rectify.org.OrgUnits;
import rectify.org.Role;
import rectify.org.UserAccount;
import rectify.rectification.PlanBatch;
import rectify.rectification.Plans;
import rectify.shared.web.Messages;

/**
 * Imports a ledger workbook in the export's layout into an inspection: every row is checked first (numbers,
 * titles, dates, people and departments of the unit, types), every bad row is reported with its row, column and
 * reason, and nothing is saved unless every row is good. A dry run only checks.
 */
@Service
public class LedgerImport {

    /** Columns read from each row: the template's, and the export's with its measure and warning columns. */
    private static final int COLUMNS = 40;
    /** The columns read, by heading: the template's, then the export's measure columns (optional). */
    private static final String[] READ_HEADERS = java.util.stream.Stream.concat(
            java.util.Arrays.stream(LedgerWorkbook.HEADERS), java.util.Arrays.stream(LedgerWorkbook.MEASURE_HEADERS))
            .toArray(String[]::new);
    private static final int MEASURE_PERSON = LedgerWorkbook.HEADERS.length;
    private static final int MEASURE_DEADLINE = MEASURE_PERSON + 1;
    private static final int MEASURE_STATUS = MEASURE_PERSON + 2;
    private static final java.util.regex.Pattern DONE = java.util.regex.Pattern.compile("已完成[\\s（(]*([^）)]*?)[）)]?\\s*", java.util.regex.Pattern.DOTALL);
    private static final List<DateTimeFormatter> DATES = java.util.stream.Stream.of("uuuu-M-d", "uuuu/M/d",
                    "uuuu年M月d日", "uuuu.M.d", "M/d/uu")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(java.time.format.ResolverStyle.STRICT)).toList();

    private final InspectionAccess access;
    private final Inspections inspections;
    private final ProblemBatch problemBatch;
    private final PlanBatch planBatch;
    private final Accounts accounts;
    private final OrgUnits orgUnits;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    LedgerImport(InspectionAccess access, Inspections inspections, ProblemBatch problemBatch, PlanBatch planBatch,
                 Accounts accounts, OrgUnits orgUnits, Messages messages, ApplicationEventPublisher events,
                 java.time.Clock clock) {
        this.access = access;
        this.inspections = inspections;
        this.problemBatch = problemBatch;
        this.planBatch = planBatch;
        this.accounts = accounts;
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    public record RowError(int row, String column, String message) {
    }

    /** What the workbook holds or created, and every error found. */
    public record Result(boolean dryRun, boolean saved, int rows, int problems, int measures,
                         List<String> newCategories, List<RowError> errors) {
    }

    private record Draft(int row, int seq, String category, String title, String description,
                         RectificationType type, Long leaderId, Set<Long> unitIds, Set<Long> userIds,
                         LocalDate deadline, ProblemStatus status, LocalDate closedOn, String note,
                         List<MeasureRow> measures) {
    }

    /** A measure as a row gives it: the export's columns for its person, deadline and state are optional. */
    private record MeasureRow(int row, String text, Long personId, LocalDate deadline, boolean deadlineGiven,
                              LocalDate doneOn) {
    }

    @Transactional
    public Result importLedger(long inspectionId, InputStream workbook, boolean dryRun) {
        Inspection inspection = access.writable(inspectionId, Role.INSPECTION_OFFICE);
        OrgUnit target = access.targetOf(inspection);
        Lookups lookups = new Lookups(target);
        Map<String, Long> existingCategories = new HashMap<>();
        inspections.categoriesOf(inspectionId).forEach(c -> existingCategories.put(c.getTitle(), c.getId()));
        int firstSeq = inspections.problemsOf(inspectionId).stream().mapToInt(Problem::getSeq).max().orElse(0) + 1;

        List<Draft> drafts = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        int[] rows = {0};
        int[] problemRows = {0};
        boolean[] header = {false};
        int[][] columns = {null};
        LedgerRows.read(workbook, COLUMNS, read -> {
            if (!header[0]) {
                header[0] = "序号".equals(read.cell(0));
                columns[0] = read.positionsOf(READ_HEADERS);
                return;
            }
            if (read.isBlank()) {
                return;
            }
            LedgerRows.RowValues row = read.arranged(columns[0]);
            rows[0]++;
            MeasureRow measure = measure(row, columns[0][MEASURE_DEADLINE] >= 0, lookups, errors);
            boolean sameProblem = !drafts.isEmpty() && row.cell(0).equals(String.valueOf(drafts.get(drafts.size() - 1).seq()));
            if (row.cell(0).isEmpty() || sameProblem) {
                if (drafts.isEmpty()) {
                    errors.add(error(row.number(), 0, "import.rule.seqMissing"));
                } else if (measure != null) {
                    drafts.get(drafts.size() - 1).measures().add(measure);
                }
                return;
            }
            Draft draft = draft(row, firstSeq + problemRows[0]++, lookups, errors);
            if (draft != null) {
                if (measure != null) {
                    draft.measures().add(measure);
                }
                drafts.add(draft);
            }
        });
        if (!header[0]) {
            errors.add(error(1, 0, "import.rule.noHeader"));
        }
        if (drafts.isEmpty() && errors.isEmpty()) {
            errors.add(error(1, 0, "import.rule.noRows"));
        }
        Set<String> newCategories = new LinkedHashSet<>();
        drafts.stream().map(Draft::category).filter(c -> !existingCategories.containsKey(c)).forEach(newCategories::add);
        int measureCount = drafts.stream().mapToInt(d -> d.measures().size()).sum();
        LocalDate today = LocalDate.now(clock);
        if (errors.isEmpty()) {
            errors.addAll(refusedByTheRules(inspectionId, drafts, existingCategories, today));
        }
        if (!errors.isEmpty() || dryRun) {
            return new Result(dryRun, false, rows[0], drafts.size(), measureCount, List.copyOf(newCategories), errors);
        }
        Map<String, Long> categoryIds = new HashMap<>(existingCategories);
        for (String title : newCategories) {
            categoryIds.put(title, inspections.addCategory(inspectionId, null, title).getId());
        }
        List<ProblemBatch.Entered> entered = problemBatch.enter(inspectionId, entries(drafts, categoryIds, today));
        planBatch.enter(inspectionId, plans(drafts, entered));
        ImportRecord.of(inspectionId, drafts.stream().map(d -> new ImportRecord.Row(d.row(),
                        d.measures().stream().map(MeasureRow::row).toList())).toList(), entered)
                .forEach(events::publishEvent);
        return new Result(false, true, rows[0], drafts.size(), measureCount, List.copyOf(newCategories), List.of());
    }

    /** Every row the rules of a problem or a measure entered alone refuse, named by its row and column. */
    private List<RowError> refusedByTheRules(long inspectionId, List<Draft> drafts, Map<String, Long> categoryIds,
                                             LocalDate today) {
        List<RowError> refused = new ArrayList<>();
        for (ProblemBatch.Refusal refusal : problemBatch.check(inspectionId, entries(drafts, categoryIds, today))) {
            refused.add(refusal(drafts.get(refusal.index()).row(), problemColumn(refusal.reason().field()),
                    refusal.reason()));
        }
        List<PlanBatch.NewPlan> plans = plans(drafts, null);
        for (PlanBatch.Refusal refusal : planBatch.check(plans)) {
            MeasureRow measure = drafts.get(refusal.plan()).measures().get(refusal.measure());
            refused.add(refusal(measure.row(), measureColumn(refusal.reason().field(), measure), refusal.reason()));
        }
        refused.sort(java.util.Comparator.comparingInt(RowError::row));
        return refused;
    }

    private List<ProblemBatch.Entry> entries(List<Draft> drafts, Map<String, Long> categoryIds, LocalDate today) {
        return drafts.stream().map(d -> new ProblemBatch.Entry(new Problems.Draft(categoryIds.get(d.category()),
                d.title(), d.description(), new Problem.Responsibility(d.type(), d.leaderId(), d.unitIds(),
                d.userIds(), d.deadline(), d.note())),
                // an ongoing problem's 完成时限 is its next review; without one, the rule of every import applies
                new rectify.inspection.StatusWords.Recorded(d.status(), d.closedOn() != null ? d.closedOn() : today,
                        d.status() == ProblemStatus.ONGOING ? d.deadline() : null))).toList();
    }

    /** The plans of the drafts, for the problems entered (or, to check them first, for problems not yet entered). */
    private static List<PlanBatch.NewPlan> plans(List<Draft> drafts, List<ProblemBatch.Entered> entered) {
        List<PlanBatch.NewPlan> plans = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            List<PlanBatch.NewMeasure> measures = d.measures().stream().map(m -> new PlanBatch.NewMeasure(
                    new Plans.MeasureDraft(m.text(), m.personId(), m.deadlineGiven() ? m.deadline() : d.deadline()),
                    m.doneOn() != null ? m.doneOn() : d.status() == ProblemStatus.CLOSED ? d.closedOn() : null)).toList();
            plans.add(new PlanBatch.NewPlan(entered == null ? 0 : entered.get(i).id(), d.deadline(), measures));
        }
        return plans;
    }

    private static int problemColumn(String field) {
        if (field == null) {
            return 11;
        }
        return switch (field) {
            case "title" -> 2;
            case "description" -> 3;
            case "deadline", "deadlineReason" -> 8;
            case "note" -> 13;
            default -> 11;
        };
    }

    private static int measureColumn(String field, MeasureRow measure) {
        if (field == null) {
            return 4;
        }
        return switch (field) {
            case "deadline" -> measure.deadlineGiven() ? MEASURE_DEADLINE : 8;
            case "completedOn" -> measure.doneOn() != null ? MEASURE_STATUS : 12;
            default -> 4;
        };
    }

    private RowError refusal(int row, int column, rectify.shared.BusinessException reason) {
        return error(row, column, reason.messageKey(), reason.args());
    }

    /** The row's measure, or null when it has none; its person, deadline and completion where the row gives them. */
    private MeasureRow measure(LedgerRows.RowValues row, boolean deadlineGiven, Lookups lookups, List<RowError> errors) {
        String text = row.cell(4).replaceFirst("^[一二三四五六七八九十]{1,3}是", "").strip();
        if (text.isEmpty()) {
            return null;
        }
        Long person = null;
        if (!row.cell(MEASURE_PERSON).isEmpty()) {
            person = lookups.person(row.cell(MEASURE_PERSON));
            if (person == null) {
                errors.add(error(row.number(), MEASURE_PERSON, "import.rule.unknownPerson", row.cell(MEASURE_PERSON)));
            }
        }
        LocalDate deadline = date(row, MEASURE_DEADLINE, errors);
        LocalDate doneOn = null;
        var done = DONE.matcher(row.cell(MEASURE_STATUS));
        if (done.matches()) {
            doneOn = done.group(1).isBlank() ? null : date(row, MEASURE_STATUS, done.group(1).strip(), errors);
            if (doneOn == null && done.group(1).isBlank()) {
                errors.add(error(row.number(), MEASURE_STATUS, "import.rule.measureDoneOn"));
            }
        }
        return new MeasureRow(row.number(), text, person, deadline, deadlineGiven, doneOn);
    }

    private Draft draft(LedgerRows.RowValues row, int expectedSeq, Lookups lookups, List<RowError> errors) {
        int before = errors.size();
        int seq = 0;
        try {
            seq = Integer.parseInt(row.cell(0).replaceAll("\\.0+$", ""));
            if (seq != expectedSeq) {
                errors.add(error(row.number(), 0, "import.rule.seqOrder", expectedSeq));
            }
        } catch (NumberFormatException e) {
            errors.add(error(row.number(), 0, "import.rule.seqNumber"));
        }
        String category = row.cell(1);
        if (category.isEmpty()) {
            errors.add(error(row.number(), 1, "import.rule.required"));
        }
        String title = row.cell(2);
        if (title.isEmpty()) {
            errors.add(error(row.number(), 2, "import.rule.required"));
        }
        Long leader = null;
        if (!row.cell(5).isEmpty()) {
            leader = lookups.person(row.cell(5));
            if (leader == null) {
                errors.add(error(row.number(), 5, "import.rule.unknownPerson", row.cell(5)));
            }
        }
        Set<Long> units = new LinkedHashSet<>();
        for (String name : LedgerRows.names(row.cell(6))) {
            Long id = lookups.unit(name);
            if (id == null) {
                errors.add(error(row.number(), 6, "import.rule.unknownUnit", name));
            } else {
                units.add(id);
            }
        }
        Set<Long> people = new LinkedHashSet<>();
        for (String name : LedgerRows.names(row.cell(7))) {
            Long id = lookups.person(name);
            if (id == null) {
                errors.add(error(row.number(), 7, "import.rule.unknownPerson", name));
            } else {
                people.add(id);
            }
        }
        LocalDate deadline = date(row, 8, errors);
        RectificationType type = switch (row.cell(9)) {
            case "立行立改" -> RectificationType.IMMEDIATE;
            case "长期整改" -> RectificationType.LONG_TERM;
            case "", "限期整改" -> RectificationType.TIME_LIMITED;
            default -> {
                errors.add(error(row.number(), 9, "import.rule.type"));
                yield null;
            }
        };
        LocalDate closedOn = date(row, 12, errors);
        ProblemStatus status = rectify.inspection.StatusWords.of(row.cell(11));
        if (status == ProblemStatus.CLOSED && closedOn == null) {
            errors.add(error(row.number(), 12, "import.rule.closedOn"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Draft(row.number(), seq, category, title, blank(row.cell(3)), type, leader, units, people, deadline,
                status, closedOn, blank(row.cell(13)), new ArrayList<>());
    }

    private LocalDate date(LedgerRows.RowValues row, int column, List<RowError> errors) {
        return date(row, column, row.cell(column), errors);
    }

    private LocalDate date(LedgerRows.RowValues row, int column, String text, List<RowError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        errors.add(error(row.number(), column, "import.rule.date", text));
        return null;
    }

    private RowError error(int row, int column, String key, Object... args) {
        return new RowError(row, READ_HEADERS[column], messages.get(key, args));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The unit's people and departments by name, looked up once per import. */
    private final class Lookups {
        private final Map<String, Long> people = new LinkedHashMap<>();
        private final Set<String> ambiguous = new LinkedHashSet<>();
        private final Map<String, Long> units = new HashMap<>();

        Lookups(OrgUnit target) {
            for (UserAccount user : accounts.membersOf(target)) {
                if (people.putIfAbsent(user.getDisplayName(), user.getId()) != null) {
                    ambiguous.add(user.getDisplayName());
                }
            }
            for (OrgUnit unit : orgUnits.visibleTo(CurrentUser.require())) {
                if (unit.isWithin(target)) {
                    units.putIfAbsent(unit.getName(), unit.getId());
                    if (unit.getShortName() != null) {
                        units.putIfAbsent(unit.getShortName(), unit.getId());
                    }
                }
            }
        }

        Long person(String name) {
            return ambiguous.contains(name) ? null : people.get(name);
        }

        Long unit(String name) {
            return units.get(name);
        }
    }
}
