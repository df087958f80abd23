package rectify.evidence;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByOwnerTypeAndOwnerIdInAndVoidedAtIsNullOrderByIdAsc(String ownerType, Collection<Long> ownerIds);

    List<Attachment> findByProblemIdAndVoidedAtIsNullOrderByIdAsc(Long problemId);

    List<Attachment> findByInspectionIdAndVoidedAtIsNullOrderByProblemIdAscIdAsc(Long inspectionId);
}
