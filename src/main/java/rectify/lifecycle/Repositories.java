package rectify.lifecycle;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The module's repositories (package-private). */
final class Repositories {
    private Repositories() {
    }
}

interface TransitionRecordRepository extends JpaRepository<TransitionRecord, Long> {
    List<TransitionRecord> findByProblemIdOrderByOccurredAtAscIdAsc(Long problemId);
}

interface ClosureRequestRepository extends JpaRepository<ClosureRequest, Long> {
    List<ClosureRequest> findByProblemIdOrderByRequestedAtAscIdAsc(Long problemId);

    Optional<ClosureRequest> findFirstByProblemIdAndStatus(Long problemId, ClosureRequestStatus status);

    List<ClosureRequest> findByStatus(ClosureRequestStatus status);

    List<ClosureRequest> findByProblemIdInAndStatusInOrderByRequestedAtAscIdAsc(Collection<Long> problemIds,
                                                                              Collection<ClosureRequestStatus> statuses);
}

interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {
    List<ReviewDecision> findByProblemIdOrderByDecidedAtAscIdAsc(Long problemId);

    boolean existsBySubjectAndRequestIdAndDecidedBy(String subject, Long requestId, Long decidedBy);
}

interface ExtensionRequestRepository extends JpaRepository<ExtensionRequest, Long> {
    List<ExtensionRequest> findByProblemIdOrderByRequestedAtAscIdAsc(Long problemId);

    Optional<ExtensionRequest> findFirstByProblemIdAndStatus(Long problemId, ExtensionRequest.Status status);

    List<ExtensionRequest> findByStatusAndProblemIdIn(ExtensionRequest.Status status, Collection<Long> problemIds);
}
