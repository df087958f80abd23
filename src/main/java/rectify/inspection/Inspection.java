package rectify.inspection;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import rectify.shared.BusinessException;

/** One inspection (or audit, supervision check…) of one target unit, and the facts the report opens with. */
@Entity
@Table(name = "inspection")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private Long roundId;

    @Enumerated(EnumType.STRING)
    private InspectionSource source;

    @Enumerated(EnumType.STRING)
    private InspectionKind kind;

    @Column(name = "group_name")
    @Size(max = 200)
    private String groupName;
    @Column(name = "party_organisation")
    @Size(max = 200)
    private String partyOrganisation;
    @Column(name = "party_organisation_short")
    @Size(max = 100)
    private String partyOrganisationShort;

    @Column(name = "target_unit_id")
    private Long targetUnitId;

    @Size(max = 300)
    private String title;

    @Column(name = "onsite_from")
    private LocalDate onsiteFrom;

    @Column(name = "onsite_to")
    private LocalDate onsiteTo;

    @Column(name = "feedback_date")
    private LocalDate feedbackDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "plan_review_required")
    private boolean planReviewRequired = true;

    @Column(name = "closure_levels")
    @Size(max = 200)
    private String closureLevels = "UNIT_LEADER,INSPECTION_OFFICE";

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Inspection() {
    }

    Inspection(Facts facts, Instant createdAt) {
        this.createdAt = createdAt;
        apply(facts);
    }

    /** What the inspection office records about an inspection. */
    public record Facts(Long roundId, InspectionSource source, InspectionKind kind, String groupName, Long targetUnitId,
                        String title, LocalDate onsiteFrom, LocalDate onsiteTo, LocalDate feedbackDate,
                        LocalDate dueDate, boolean planReviewRequired, java.util.List<rectify.org.Role> closureLevels,
                        String partyOrganisation, String partyOrganisationShort) {
    }

    void apply(Facts facts) {
        if (facts.onsiteFrom() != null && facts.onsiteTo() != null && facts.onsiteTo().isBefore(facts.onsiteFrom())) {
            throw BusinessException.rule("inspection.rule.onsitePeriod").onField("onsiteTo");
        }
        if (facts.feedbackDate() != null && facts.dueDate() != null && facts.dueDate().isBefore(facts.feedbackDate())) {
            throw BusinessException.rule("inspection.rule.dueBeforeFeedback").onField("dueDate");
        }
        this.roundId = facts.roundId();
        this.source = facts.source();
        this.kind = facts.kind();
        this.groupName = blankToNull(facts.groupName());
        this.partyOrganisation = blankToNull(facts.partyOrganisation());
        this.partyOrganisationShort = blankToNull(facts.partyOrganisationShort());
        this.targetUnitId = facts.targetUnitId();
        this.title = facts.title().strip();
        this.onsiteFrom = facts.onsiteFrom();
        this.onsiteTo = facts.onsiteTo();
        this.feedbackDate = facts.feedbackDate();
        this.dueDate = facts.dueDate();
        this.planReviewRequired = facts.planReviewRequired();
        if (facts.closureLevels() != null) {
            setClosureLevels(facts.closureLevels());
        }
    }

    Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", title);
        state.put("source", source.name());
        state.put("kind", kind.name());
        state.put("groupName", groupName);
        state.put("partyOrganisation", partyOrganisation);
        state.put("partyOrganisationShort", partyOrganisationShort);
        state.put("targetUnitId", targetUnitId);
        state.put("roundId", roundId);
        state.put("onsiteFrom", str(onsiteFrom));
        state.put("onsiteTo", str(onsiteTo));
        state.put("feedbackDate", str(feedbackDate));
        state.put("dueDate", str(dueDate));
        state.put("planReviewRequired", planReviewRequired);
        state.put("closureLevels", closureLevels);
        return state;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public InspectionSource getSource() {
        return source;
    }

    public InspectionKind getKind() {
        return kind;
    }

    /** The Party organisation inspected, in full: 中共石龙区科学技术协会党组; null when not recorded. */
    public String getPartyOrganisation() {
        return partyOrganisation;
    }

    /** Its short name: 区科协党组; null when not recorded. */
    public String getPartyOrganisationShort() {
        return partyOrganisationShort;
    }

    public String getGroupName() {
        return groupName;
    }

    public Long getTargetUnitId() {
        return targetUnitId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getOnsiteFrom() {
        return onsiteFrom;
    }

    public LocalDate getOnsiteTo() {
        return onsiteTo;
    }

    public LocalDate getFeedbackDate() {
        return feedbackDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    /** The roles that review a closure request, level by level (default: unit leader, then inspection office). */
    public java.util.List<rectify.org.Role> getClosureLevels() {
        return java.util.Arrays.stream(closureLevels.split(",")).map(String::strip)
                .map(rectify.org.Role::valueOf).toList();
    }

    void setClosureLevels(java.util.List<rectify.org.Role> levels) {
        if (levels == null || levels.isEmpty() || levels.stream().anyMatch(r -> r != rectify.org.Role.UNIT_LEADER
                && r != rectify.org.Role.INSPECTION_OFFICE)) {
            throw BusinessException.rule("inspection.rule.closureLevels");
        }
        this.closureLevels = String.join(",", levels.stream().map(Enum::name).toList());
    }

    public boolean isPlanReviewRequired() {
        return planReviewRequired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
