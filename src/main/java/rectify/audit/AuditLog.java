package rectify.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

import rectify.org.CurrentUser;
import rectify.shared.EntityChanged;
import rectify.shared.PageResult;

/**
 * Records every change any module announces, and every sign-in, success or failure. A change is recorded in the
 * transaction that makes it, so the log holds exactly the changes that happened.
 */
@Service
public class AuditLog {

    public static final String SIGN_IN = "SIGN_IN";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String SIGN_OUT = "SIGN_OUT";
    public static final String READ = "READ";

    private final AuditEventRepository events;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditChain chain;
    private final boolean showContent;

    AuditLog(AuditEventRepository events, JsonMapper json, Clock clock, AuditChain chain,
             @org.springframework.beans.factory.annotation.Value("${rectify.audit.show-content:false}") boolean showContent) {
        this.chain = chain;
        this.showContent = showContent;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Whether the audit administrator sees the business content of changes (the before and after states) or only who
     * did what to which object: off unless the organisation's settings say otherwise.
     */
    public boolean showsContent() {
        return showContent;
    }

    /** Seals what is not yet sealed, then walks the chain. */
    public AuditChain.Verification verifyChain() {
        try {
            chain.seal();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // another node is sealing right now; the chain is verified as it stands
        }
        return chain.verify();
    }

    /** A document, export or download handed out: who read what. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(rectify.shared.Downloaded download) {
        CurrentUser user = CurrentUser.find().orElse(null);
        events.save(new AuditEvent(clock.instant(), user == null ? "system" : user.getUsername(),
                user == null ? null : user.id(), clientIp(), READ, download.entityType(), download.entityId(),
                download.summary(), null, null, null));
    }

    public record Query(String actor, String action, String entityType, String entityId, LocalDate from,
                        LocalDate to, String q) {
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(EntityChanged change) {
        CurrentUser user = CurrentUser.find().orElse(null);
        events.save(new AuditEvent(clock.instant(), user == null ? "system" : user.getUsername(),
                user == null ? null : user.id(), clientIp(), change.action().name(), change.entityType(),
                change.entityId(), change.summary(), toJson(change.before()), toJson(change.after()), change.subject()));
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent event) {
        Long userId = event.getAuthentication().getPrincipal() instanceof CurrentUser user ? user.id() : null;
        events.save(new AuditEvent(clock.instant(), event.getAuthentication().getName(), userId, clientIp(), SIGN_IN,
                "User", userId == null ? null : String.valueOf(userId), null, null, null, null));
    }

    @EventListener
    @Transactional
    void on(AbstractAuthenticationFailureEvent event) {
        String reason = event.getException().getClass().getSimpleName();
        events.save(new AuditEvent(clock.instant(), truncate(event.getAuthentication().getName()), null, clientIp(),
                SIGN_IN_FAILED, "User", null, reason, null, null, null));
    }

    @EventListener
    @Transactional
    void on(LogoutSuccessEvent event) {
        Long userId = event.getAuthentication().getPrincipal() instanceof CurrentUser user ? user.id() : null;
        events.save(new AuditEvent(clock.instant(), event.getAuthentication().getName(), userId, clientIp(), SIGN_OUT,
                "User", userId == null ? null : String.valueOf(userId), null, null, null, null));
    }

    /** Everything recorded about one subject ("Problem:12"), oldest first: the history a page shows. */
    @Transactional(readOnly = true)
    public java.util.List<AuditEvent> historyOf(String subjectType, Object subjectId) {
        return events.findBySubjectOrderByOccurredAtAscIdAsc(subjectType + ":" + subjectId);
    }

    /**
     * What was recorded about one subject of one kind and action ("Problem" "DELETE" about "Inspection:12"), oldest
     * first, without reading the rest (an inspection's history holds its ledger imports, each naming every row).
     */
    @Transactional(readOnly = true)
    public java.util.List<AuditEvent> historyOf(String subjectType, Object subjectId, String entityType,
                                                EntityChanged.Action action) {
        return events.findBySubjectAndEntityTypeAndActionOrderByOccurredAtAscIdAsc(subjectType + ":" + subjectId,
                entityType, action.name());
    }

    /**
     * The first entry of a kind about a subject whose id matches, without its content: e.g. the import, recorded about
     * an inspection, that entered a given problem of it. Made to head that problem's own history.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<AuditEvent> firstHeading(String subjectType, Object subjectId, String entityType,
                                                       java.util.function.Predicate<String> entityIdMatches) {
        return events.findHeadingsBySubjectAndEntityType(subjectType + ":" + subjectId, entityType).stream()
                .filter(row -> entityIdMatches.test((String) row[4]))
                .map(row -> new AuditEvent((Instant) row[0], (String) row[1], (Long) row[2], null, (String) row[3],
                        entityType, (String) row[4], (String) row[5], null, null, subjectType + ":" + subjectId))
                .findFirst();
    }

    @Transactional(readOnly = true)
    public PageResult<AuditEvent> search(Query query, int page, int size) {
        ZoneId zone = clock.getZone();
        Instant from = query.from() == null ? null : query.from().atStartOfDay(zone).toInstant();
        Instant to = query.to() == null ? null : query.to().plusDays(1).atStartOfDay(zone).toInstant();
        String like = blank(query.q()) == null ? null : "%" + query.q().strip().toLowerCase() + "%";
        return PageResult.of(events.search(blank(query.actor()), blank(query.action()), blank(query.entityType()),
                blank(query.entityId()), from, to, like, showContent,
                PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200))));
    }

    private String toJson(Map<String, Object> state) {
        return state == null || state.isEmpty() ? null : json.writeValueAsString(state);
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value) {
        if (value == null || value.isBlank()) {
            return "(empty)";
        }
        return value.length() > 64 ? value.substring(0, 64) : value;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
