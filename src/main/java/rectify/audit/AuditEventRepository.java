package rectify.audit;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append-only: it can save and read, nothing else. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    java.util.List<AuditEvent> findBySubjectOrderByOccurredAtAscIdAsc(String subject);

    /** Who recorded what about a subject, without the content (an import's names every row of its workbook). */
    @org.springframework.data.jpa.repository.Query("""
            select e.occurredAt, e.actor, e.actorId, e.action, e.entityId, e.summary from AuditEvent e
            where e.subject = :subject and e.entityType = :entityType order by e.occurredAt, e.id""")
    java.util.List<Object[]> findHeadingsBySubjectAndEntityType(String subject, String entityType);

    java.util.List<AuditEvent> findBySubjectAndEntityTypeAndActionOrderByOccurredAtAscIdAsc(String subject,
                                                                                         String entityType, String action);

    @Query("""
            select e from AuditEvent e
            where (:actor is null or e.actor = :actor)
              and (:action is null or e.action = :action)
              and (:entityType is null or e.entityType = :entityType)
              and (:entityId is null or e.entityId = :entityId)
              and (cast(:from as timestamp) is null or e.occurredAt >= :from)
              and (cast(:to as timestamp) is null or e.occurredAt < :to)
              and (:q is null or lower(e.summary) like :q
                   or (:content = true and (lower(e.afterState) like :q or lower(e.beforeState) like :q)))
            order by e.occurredAt desc, e.id desc
            """)
    Page<AuditEvent> search(String actor, String action, String entityType, String entityId, Instant from,
                            Instant to, String q, boolean content, Pageable pageable);
}
