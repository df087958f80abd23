package rectify.inspection;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import rectify.org.Role;

/**
 * An inspection's facts as a person sends them, from the API's JSON or the page's form: one record, one set of
 * checks, so both refuse the same input in the same words. Left out, the kind is routine and plan review is on.
 */
public record InspectionRequest(Long roundId, @NotNull(message = "validation.required") InspectionSource source,
                                InspectionKind kind,
                                @Size(max = 200, message = "validation.tooLong") String groupName,
                                @NotNull(message = "validation.required") Long targetUnitId,
                                @Size(max = 300, message = "validation.tooLong") String title,
                                LocalDate onsiteFrom, LocalDate onsiteTo, LocalDate feedbackDate, LocalDate dueDate,
                                Boolean planReviewRequired, List<Role> closureLevels, Long version,
                                @Size(max = 200, message = "validation.tooLong") String partyOrganisation,
                                @Size(max = 100, message = "validation.tooLong") String partyOrganisationShort) {

    public Inspection.Facts facts() {
        return new Inspection.Facts(roundId, source, kind == null ? InspectionKind.ROUTINE : kind, groupName,
                targetUnitId, title, onsiteFrom, onsiteTo, feedbackDate, dueDate,
                planReviewRequired == null || planReviewRequired, closureLevels, partyOrganisation,
                partyOrganisationShort);
    }
}
