package rectify.inspection;

/** The module's repositories (package-private): see the interfaces below. */
final class Repositories {
    private Repositories() {
    }
}

interface InspectionRoundRepository extends org.springframework.data.jpa.repository.JpaRepository<InspectionRound, Long> {
    java.util.List<InspectionRound> findByCommitteeUnitIdOrderByYearDescIdDesc(Long committeeUnitId);
}

interface InspectionRepository extends org.springframework.data.jpa.repository.JpaRepository<Inspection, Long> {
    @org.springframework.data.jpa.repository.Query("""
            select i from Inspection i where i.targetUnitId in
              (select o.id from rectify.org.OrgUnit o where o.path like :pathPattern)
            order by i.feedbackDate desc nulls last, i.id desc""")
    java.util.List<Inspection> findVisible(String pathPattern);

    /** Holds the inspection's row until the transaction ends: numbering its next problem is then one at a time. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select i from Inspection i where i.id = :id")
    java.util.Optional<Inspection> lockForNumbering(Long id);
}

interface FeedbackCategoryRepository extends org.springframework.data.jpa.repository.JpaRepository<FeedbackCategory, Long> {
    java.util.List<FeedbackCategory> findByInspectionIdOrderBySeq(Long inspectionId);

    @org.springframework.data.jpa.repository.Query("select coalesce(max(c.seq), 0) from FeedbackCategory c where c.inspectionId = :inspectionId")
    int maxSeq(Long inspectionId);
}

interface ProblemRepository extends org.springframework.data.jpa.repository.JpaRepository<Problem, Long> {
    java.util.List<Problem> findByInspectionIdOrderBySeq(Long inspectionId);

    @org.springframework.data.jpa.repository.Query("select coalesce(max(p.seq), 0) from Problem p where p.inspectionId = :inspectionId")
    int maxSeq(Long inspectionId);

    boolean existsByCategoryId(Long categoryId);

    @org.springframework.data.jpa.repository.Query("""
            select p.inspectionId, p.status, count(p) from Problem p where p.inspectionId in :ids
            group by p.inspectionId, p.status""")
    java.util.List<Object[]> countByStatus(java.util.Collection<Long> ids);

    @org.springframework.data.jpa.repository.Query("""
            select p.inspectionId, p.status, count(p) from Problem p where p.inspectionId in :ids and p.reopenedCount > 0
            group by p.inspectionId, p.status""")
    java.util.List<Object[]> countReopenedByStatus(java.util.Collection<Long> ids);
}
