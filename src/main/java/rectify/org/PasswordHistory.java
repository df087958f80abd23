package rectify.org;

import jakarta.validation.constraints.Size;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A password a person used before (its hash only), kept so that a new one cannot repeat a recent one. */
@Entity
@Table(name = "password_history")
class PasswordHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "password_hash")
    @Size(max = 200)
    private String passwordHash;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected PasswordHistory() {
    }

    PasswordHistory(Long userId, String passwordHash, Instant replacedAt) {
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.replacedAt = replacedAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }
}
