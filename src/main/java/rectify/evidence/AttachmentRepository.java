package rectify.evidence;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByOwnerTypeAndOwnerIdInAndVoidingVoidedAtIsNullOrderByIdAsc(String ownerType, Collection<Long> ownerIds);

    List<Attachment> findByProblemIdAndVoidingVoidedAtIsNullOrderByIdAsc(Long problemId);

    List<Attachment> findByInspectionIdAndVoidingVoidedAtIsNullOrderByProblemIdAscIdAsc(Long inspectionId);
}
