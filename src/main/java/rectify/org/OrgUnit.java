package rectify.org;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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

/** A node of the org tree: a committee, a unit, a department or an inspection group. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    @Size(max = 200)
    private String name;

    @Column(name = "short_name")
    @Size(max = 100)
    private String shortName;

    @Enumerated(EnumType.STRING)
    private OrgUnitKind kind;

    @Size(max = 1000)
    private String path;

    private int seq;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected OrgUnit() {
    }

    OrgUnit(Long parentId, String name, String shortName, OrgUnitKind kind, int seq, Instant createdAt) {
        this.parentId = parentId;
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.seq = seq;
        this.createdAt = createdAt;
    }

    /** Called once the id is known: the path is the parent's path followed by this unit's id. */
    void placeUnder(OrgUnit parent) {
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    void rename(String name, String shortName, OrgUnitKind kind, int seq) {
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.seq = seq;
    }

    /** Ids from the root down to this unit, this unit last. */
    public List<Long> pathIds() {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    public int depth() {
        return pathIds().size() - 1;
    }

    public boolean isWithin(OrgUnit ancestor) {
        return path.startsWith(ancestor.path);
    }

    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("shortName", shortName);
        state.put("kind", kind.name());
        state.put("parentId", parentId);
        state.put("seq", seq);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public String getPath() {
        return path;
    }

    public int getSeq() {
        return seq;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
