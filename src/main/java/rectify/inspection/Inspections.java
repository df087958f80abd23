package rectify.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.org.CurrentUser;
import rectify.org.DataScope;
import rectify.org.OrgUnit;
import rectify.org.OrgUnitKind;
import rectify.org.OrgUnits;
import rectify.org.Role;
import rectify.org.Scope;
import rectify.shared.BusinessException;
import rectify.shared.EntityChanged;

/** Rounds, inspections and feedback aspects. The inspection office registers them; everyone in scope reads them. */
@Service
@Transactional
public class Inspections {

    private final InspectionRoundRepository rounds;
    private final InspectionRepository inspections;
    private final FeedbackCategoryRepository categories;
    private final ProblemRepository problems;
    private final InspectionAccess access;
    private final DataScope dataScope;
    private final OrgUnits orgUnits;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;
    private final JdbcClient jdbc;

    Inspections(InspectionRoundRepository rounds, InspectionRepository inspections,
                FeedbackCategoryRepository categories, ProblemRepository problems, InspectionAccess access,
                DataScope dataScope, OrgUnits orgUnits, ApplicationEventPublisher events, Clock clock,
                org.springframework.context.MessageSource messages, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.rounds = rounds;
        this.inspections = inspections;
        this.categories = categories;
        this.problems = problems;
        this.access = access;
        this.dataScope = dataScope;
        this.orgUnits = orgUnits;
        this.events = events;
        this.clock = clock;
    }

    // ---- rounds

    /** The rounds of the committee whose jurisdiction the caller sees. */
    @Transactional(readOnly = true)
    public List<InspectionRound> rounds() {
        return committeeOfCaller().map(c -> rounds.findByCommitteeUnitIdOrderByYearDescIdDesc(c.getId()))
                .orElse(List.of());
    }

    public InspectionRound createRound(String name, int year) {
        requireCallerMayCreate();
        if (name == null || name.isBlank()) {
            throw BusinessException.rule("round.rule.name").onField("name");
        }
        OrgUnit committee = committeeOfCaller().orElseThrow(() -> BusinessException.rule("round.rule.noCommittee"));
        InspectionRound round = rounds.saveAndFlush(new InspectionRound(committee.getId(), name.strip(), year,
                clock.instant()));
        events.publishEvent(EntityChanged.created("InspectionRound", round.getId(), round.getName(), round.snapshot()));
        return round;
    }

    private java.util.Optional<OrgUnit> committeeOfCaller() {
        Scope scope = dataScope.current();
        return scope.root().filter(root -> root.getKind() == OrgUnitKind.COMMITTEE)
                .or(() -> scope.root());
    }

    // ---- inspections

    @Transactional(readOnly = true)
    public List<Inspection> visible() {
        Scope scope = dataScope.current();
        if (scope.isNone()) {
            return List.of();
        }
        return inspections.findVisible(scope.pathPattern());
    }

    /**
     * How many inspections {@link #visible()} would list, without reading them, counted no further than
     * {@code upTo}: enough to tell whether there are more than a list can show.
     */
    @Transactional(readOnly = true)
    public long countVisible(long upTo) {
        Scope scope = dataScope.current();
        // one statement, not a query through the entity layer, which cost more than the count (the ledger asks on
        // every view)
        return scope.isNone() ? 0 : jdbc.sql("""
                        select count(*) from (select 1 as one from inspection i join org_unit o on o.id = i.target_unit_id
                        where o.path like :pattern limit :upTo) counted""")
                .param("pattern", scope.pathPattern()).param("upTo", upTo).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public Inspection get(long id) {
        return access.readable(id);
    }

    /** Only the inspection office enters inspections (and rounds); pages ask this before offering the form. */
    public boolean callerMayCreate() {
        return CurrentUser.require().has(Role.INSPECTION_OFFICE);
    }

    /** Refuses, as {@link #create} would, anyone who may not enter inspections; the empty form asks first. */
    public void requireCallerMayCreate() {
        InspectionAccess.requireRole(Role.INSPECTION_OFFICE);
    }

    public Inspection create(Inspection.Facts facts) {
        requireCallerMayCreate();
        facts = withUsualTitle(facts);
        checkFacts(facts);
        Inspection inspection = inspections.saveAndFlush(new Inspection(facts, clock.instant()));
        events.publishEvent(EntityChanged.created("Inspection", inspection.getId(), inspection.getTitle(),
                inspection.snapshot()).about("Inspection", inspection.getId()));
        return inspection;
    }

    /**
     * A unit's own check (自查自纠, 举一反三) opened by its coordinator or leader: an inspection of source SELF_CHECK
     * of a unit in their scope, with the one aspect its findings are filed under. Answers the aspect.
     */
    public FeedbackCategory openSelfCheck(long unitId, String title, String aspect) {
        InspectionAccess.requireRole(Role.UNIT_COORDINATOR, Role.UNIT_LEADER);
        dataScope.requireVisibleUnit(unitId);
        Inspection inspection = inspections.saveAndFlush(new Inspection(new Inspection.Facts(null,
                InspectionSource.SELF_CHECK, InspectionKind.OTHER, null, unitId, title, null, null,
                LocalDate.now(clock), null, false, null, null, null), clock.instant()));
        events.publishEvent(EntityChanged.created("Inspection", inspection.getId(), inspection.getTitle(),
                inspection.snapshot()).about("Inspection", inspection.getId()));
        FeedbackCategory category = categories.saveAndFlush(new FeedbackCategory(inspection.getId(), 1, aspect));
        events.publishEvent(EntityChanged.created("FeedbackCategory", category.getId(), category.getTitle(),
                Map.of("seq", 1, "title", category.getTitle())).about("Inspection", inspection.getId()));
        return category;
    }

    public Inspection update(long id, long expectedVersion, Inspection.Facts facts) {
        Inspection inspection = access.writable(id, Role.INSPECTION_OFFICE);
        BusinessException.requireVersion(inspection.getVersion(), expectedVersion);
        checkFacts(facts);
        Map<String, Object> before = inspection.snapshot();
        inspection.apply(facts);
        inspections.flush();
        events.publishEvent(EntityChanged.updated("Inspection", id, inspection.getTitle(), before,
                inspection.snapshot()).about("Inspection", id));
        return inspection;
    }

    /**
     * An inspection without a title gets the one such inspections are known by: the group, the Party organisation
     * inspected (or the unit) and the kind — "区委第一巡察组对区科协党组常规巡察".
     */
    private Inspection.Facts withUsualTitle(Inspection.Facts f) {
        if (f.title() != null && !f.title().isBlank() || f.kind() == null || f.targetUnitId() == null) {
            return f;
        }
        OrgUnit target = orgUnits.find(f.targetUnitId()).orElse(null);
        if (target == null) {
            return f;
        }
        String inspected = f.partyOrganisationShort() != null && !f.partyOrganisationShort().isBlank()
                ? f.partyOrganisationShort().strip() : target.displayName();
        String title = (f.groupName() == null || f.groupName().isBlank() ? "" : f.groupName().strip()) + "对" + inspected
                + messages.getMessage("inspection.kind." + f.kind(), null, f.kind().name(),
                java.util.Locale.SIMPLIFIED_CHINESE);
        return new Inspection.Facts(f.roundId(), f.source(), f.kind(), f.groupName(), f.targetUnitId(), title,
                f.onsiteFrom(), f.onsiteTo(), f.feedbackDate(), f.dueDate(), f.planReviewRequired(), f.closureLevels(),
                f.partyOrganisation(), f.partyOrganisationShort());
    }

    private void checkFacts(Inspection.Facts facts) {
        if (facts.title() == null || facts.title().isBlank()) {
            throw BusinessException.rule("inspection.rule.title");
        }
        if (facts.source() == null || facts.kind() == null) {
            throw BusinessException.rule("inspection.rule.sourceAndKind");
        }
        OrgUnit target = facts.targetUnitId() == null ? null : orgUnits.find(facts.targetUnitId()).orElse(null);
        if (target == null || !dataScope.current().covers(target)) {
            throw BusinessException.rule("inspection.rule.target").onField("targetUnitId");
        }
        if (facts.roundId() != null && rounds().stream().noneMatch(r -> r.getId().equals(facts.roundId()))) {
            throw BusinessException.rule("inspection.rule.round");
        }
    }

    // ---- feedback aspects

    @Transactional(readOnly = true)
    public List<FeedbackCategory> categoriesOf(long inspectionId) {
        access.readable(inspectionId);
        return categories.findByInspectionIdOrderBySeq(inspectionId);
    }

    /**
     * Adds an aspect at the given position (or at the end). The aspects are what the group fed back, counted in the
     * report ("反馈的3个方面"), so only whoever enters the feedback (the inspection office) adds or renames them; a
     * unit files what it found itself under one of them.
     */
    public FeedbackCategory addCategory(long inspectionId, Integer seq, String title) {
        access.writable(inspectionId, Role.INSPECTION_OFFICE);
        if (title == null || title.isBlank()) {
            throw BusinessException.rule("category.rule.title").onField("title");
        }
        int next = categories.maxSeq(inspectionId) + 1;
        int position = seq == null ? next : seq;
        if (position < 1 || position > next) {
            throw BusinessException.rule("category.rule.seq", next);
        }
        if (position < next) {
            throw BusinessException.conflict("category.rule.seqTaken", position);
        }
        FeedbackCategory category = categories.saveAndFlush(new FeedbackCategory(inspectionId, position, title.strip()));
        events.publishEvent(EntityChanged.created("FeedbackCategory", category.getId(), category.getTitle(),
                Map.of("seq", position, "title", category.getTitle())).about("Inspection", inspectionId));
        return category;
    }

    public FeedbackCategory retitleCategory(long categoryId, long expectedVersion, String title) {
        FeedbackCategory category = categories.findById(categoryId).orElseThrow(BusinessException::notFound);
        access.writable(category.getInspectionId(), Role.INSPECTION_OFFICE);
        BusinessException.requireVersion(category.getVersion(), expectedVersion);
        if (title == null || title.isBlank()) {
            throw BusinessException.rule("category.rule.title").onField("title");
        }
        String before = category.getTitle();
        category.retitle(title.strip());
        categories.flush();
        events.publishEvent(EntityChanged.updated("FeedbackCategory", categoryId, category.getTitle(),
                Map.of("title", before), Map.of("title", category.getTitle())).about("Inspection", category.getInspectionId()));
        return category;
    }

    @Transactional(readOnly = true)
    public FeedbackCategory category(long categoryId) {
        FeedbackCategory category = categories.findById(categoryId).orElseThrow(BusinessException::notFound);
        access.readable(category.getInspectionId());
        return category;
    }

    @Transactional(readOnly = true)
    public boolean callerMay(Role... roles) {
        return CurrentUser.find().map(u -> u.hasAny(roles)).orElse(false);
    }

    /** Problems per status of each inspection: the figures of the inspection list. */
    @Transactional(readOnly = true)
    public Map<Long, StatusCounts> statusCounts(java.util.Collection<Long> inspectionIds) {
        Map<Long, Map<ProblemStatus, Long>> counts = inspectionIds.isEmpty() ? Map.of()
                : byInspection(problems.countByStatus(inspectionIds));
        Map<Long, Map<ProblemStatus, Long>> reopened = inspectionIds.isEmpty() ? Map.of()
                : byInspection(problems.countReopenedByStatus(inspectionIds));
        Map<Long, StatusCounts> result = new java.util.HashMap<>();
        inspectionIds.forEach(id -> result.put(id, new StatusCounts(counts.getOrDefault(id, Map.of()),
                reopened.getOrDefault(id, Map.of()))));
        return result;
    }

    private static Map<Long, Map<ProblemStatus, Long>> byInspection(List<Object[]> rows) {
        Map<Long, Map<ProblemStatus, Long>> counts = new java.util.HashMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((Long) row[0], k -> new java.util.EnumMap<>(ProblemStatus.class))
                    .put((ProblemStatus) row[1], (Long) row[2]);
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public List<Problem> problemsOf(long inspectionId) {
        access.readable(inspectionId);
        return problems.findByInspectionIdOrderBySeq(inspectionId);
    }
}
