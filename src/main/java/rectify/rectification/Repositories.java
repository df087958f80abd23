package rectify.rectification;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The module's repositories (package-private). */
final class Repositories {
    private Repositories() {
    }
}

interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByProblemIdAndRemovedAtIsNullOrderBySeq(Long problemId);

    List<Measure> findByProblemIdOrderBySeq(Long problemId);

    List<Measure> findByProblemIdInAndRemovedAtIsNullOrderByProblemIdAscSeqAsc(Collection<Long> problemIds);

    @Query("select coalesce(max(m.seq), 0) from Measure m where m.problemId = :problemId and m.removedAt is null")
    int maxSeq(Long problemId);
}

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByProblemIdOrderByReportedOnDescIdDesc(Long problemId);

    boolean existsByProblemId(Long problemId);
}
