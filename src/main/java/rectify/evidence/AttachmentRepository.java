package rectify.evidence;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByOwnerTypeAndOwnerIdInOrderByIdAsc(String ownerType, Collection<Long> ownerIds);

    List<Attachment> findByProblemIdOrderByIdAsc(Long problemId);

    List<Attachment> findByInspectionIdOrderByProblemIdAscIdAsc(Long inspectionId);
}
