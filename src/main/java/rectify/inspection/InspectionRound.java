package rectify.inspection;

import jakarta.validation.constraints.Size;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A round of inspections run by one committee, e.g. 十三届区委第二轮巡察. */
@Entity
@Table(name = "inspection_round")
public class InspectionRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_unit_id")
    private Long committeeUnitId;

    @Size(max = 200)
    private String name;

    @Column(name = "round_year")
    private int year;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected InspectionRound() {
    }

    InspectionRound(Long committeeUnitId, String name, int year, Instant createdAt) {
        this.committeeUnitId = committeeUnitId;
        this.name = name;
        this.year = year;
        this.createdAt = createdAt;
    }

    java.util.Map<String, Object> snapshot() {
        return java.util.Map.of("name", name, "year", year, "committeeUnitId", committeeUnitId);
    }

    public Long getId() {
        return id;
    }

    public Long getCommitteeUnitId() {
        return committeeUnitId;
    }

    public String getName() {
        return name;
    }

    public int getYear() {
        return year;
    }

    public long getVersion() {
        return version;
    }
}
