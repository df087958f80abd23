package rectify.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.org.CurrentUser;
import rectify.org.DataScope;
import rectify.org.OrgUnits;
import rectify.shared.BusinessException;
import rectify.shared.EntityChanged;

/** Storing evidence for something, listing it, and handing a file out to someone whose scope covers it. */
@Service
@Transactional
public class Evidence {

    private final AttachmentRepository attachments;
    private final EvidenceStore store;
    private final DataScope dataScope;
    private final OrgUnits orgUnits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Evidence(AttachmentRepository attachments, EvidenceStore store, DataScope dataScope, OrgUnits orgUnits,
             ApplicationEventPublisher events, Clock clock) {
        this.attachments = attachments;
        this.store = store;
        this.dataScope = dataScope;
        this.orgUnits = orgUnits;
        this.events = events;
        this.clock = clock;
    }

    /** One file to store: its name as the user gave it and a way to read it once. */
    public record Upload(String fileName, InputStreamSource content) {
    }

    @FunctionalInterface
    public interface InputStreamSource {
        InputStream open() throws IOException;
    }

    /** Stores every file or none of them: a refused file leaves nothing behind in the database. */
    public List<Attachment> attach(Attachment.Owner owner, List<Upload> uploads) {
        long uploader = CurrentUser.require().id();
        return uploads.stream().map(upload -> {
            String name = safeName(upload.fileName());
            StoredFile file;
            try (InputStream in = upload.content().open()) {
                file = store.store(in, name);
            } catch (IOException e) {
                throw new IllegalStateException("Could not read an upload", e);
            }
            Attachment attachment = attachments.save(new Attachment(file, name, owner, uploader, clock.instant()));
            EntityChanged change = EntityChanged.created("Attachment", attachment.getId(), name,
                    Map.of("fileName", name, "sha256", file.sha256(), "size", file.size(),
                            "owner", owner.type() + ":" + owner.id()));
            events.publishEvent(owner.problemId() == null ? change : change.about("Problem", owner.problemId()));
            return attachment;
        }).toList();
    }

    @Transactional(readOnly = true)
    public Map<Long, List<Attachment>> of(String ownerType, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        return attachments.findByOwnerTypeAndOwnerIdInAndVoidingVoidedAtIsNullOrderByIdAsc(ownerType, ownerIds).stream()
                .collect(Collectors.groupingBy(Attachment::getOwnerId));
    }

    /** Every file filed for a problem, in any cycle, but those voided. */
    @Transactional(readOnly = true)
    public List<Attachment> ofProblem(long problemId) {
        return attachments.findByProblemIdAndVoidingVoidedAtIsNullOrderByIdAsc(problemId);
    }

    /** Every file filed in an inspection, by problem; the caller has checked the inspection is in scope. */
    @Transactional(readOnly = true)
    public List<Attachment> ofInspection(long inspectionId) {
        return attachments.findByInspectionIdAndVoidingVoidedAtIsNullOrderByProblemIdAscIdAsc(inspectionId);
    }

    /**
     * Voids a file filed by mistake, with a reason: whoever filed it, or the unit's coordinator, may. It leaves the
     * lists, documents and packages; the history keeps it with the reason.
     */
    @Transactional
    public Attachment voidAttachment(long id, String reason) {
        Attachment attachment = readable(id);
        CurrentUser user = CurrentUser.require();
        boolean filer = attachment.getUploadedBy() != null && attachment.getUploadedBy() == user.id();
        if (!filer && !user.has(rectify.org.Role.UNIT_COORDINATOR)) {
            throw BusinessException.forbiddenWith("evidence.rule.voidWho");
        }
        Map<String, Object> before = Map.of("fileName", attachment.getFileName(), "voided", false);
        attachment.voidWith(reason, user.id(), clock.instant());
        attachments.flush();
        EntityChanged change = EntityChanged.updated("Attachment", attachment.getId(), "作废：" + attachment.getFileName(),
                before, Map.of("fileName", attachment.getFileName(), "voided", true, "voidReason",
                        attachment.getVoidReason()));
        events.publishEvent(attachment.getProblemId() == null ? change : change.about("Problem", attachment.getProblemId()));
        return attachment;
    }

    /** The file's description, if the caller's scope covers the unit it belongs to; otherwise 404. */
    @Transactional(readOnly = true)
    public Attachment readable(long id) {
        Attachment attachment = attachments.findById(id).orElseThrow(BusinessException::notFound);
        boolean covered = orgUnits.find(attachment.getUnitId()).map(dataScope.current()::covers).orElse(false);
        if (!covered) {
            throw BusinessException.notFound();
        }
        return attachment;
    }

    public InputStream open(Attachment readable) throws IOException {
        return store.open(readable.getSha256());
    }

    /**
     * Where the stored file of this content is, relative to the data folder (evidence/ab/cd/abcd…): for backups,
     * which copy the files the database refers to.
     */
    public java.nio.file.Path storedFile(String sha256) {
        return store.relativePathOf(sha256);
    }

    public long maxFileBytes() {
        return store.maxBytes();
    }

    /** Keeps only the last path segment of what a browser sent, without control characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            throw BusinessException.rule("evidence.rule.name");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
