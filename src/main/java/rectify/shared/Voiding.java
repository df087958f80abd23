package rectify.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * Something entered by mistake (a file, a progress entry) is voided with a reason: it stays on record, struck
 * through, and leaves the lists, documents and figures. One rule for whatever can be voided; the entity embeds it
 * in its columns voided_at, voided_by and void_reason.
 */
@Embeddable
public class Voiding {

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by")
    private Long voidedBy;

    @Column(name = "void_reason")
    @Size(max = 500)
    private String voidReason;

    /**
     * What an entity holds: JPA reads an embedded value whose columns are all empty (nothing voided) back as null,
     * which means "not voided".
     */
    public static Voiding orNone(Voiding loaded) {
        return loaded != null ? loaded : new Voiding();
    }

    /** Voids it once, with a reason (refused, naming the field {@code reason}, when there is none). */
    public void voidWith(String reason, long by, Instant at) {
        if (voidedAt != null) {
            throw BusinessException.conflict("void.rule.already");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.rule("void.rule.reason").onField("reason");
        }
        this.voidReason = reason.strip();
        this.voidedBy = by;
        this.voidedAt = at;
    }

    public boolean isVoided() {
        return voidedAt != null;
    }

    public String reason() {
        return voidReason;
    }
}
