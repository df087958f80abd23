package rectify.inspection;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A problem as a person enters it, from the API's JSON or the page's form, with the same checks for both. The API
 * may name one responsible unit ({@code responsibleUnitId}) or several; left out, the type is 限期整改.
 */
public record ProblemRequest(@NotNull(message = "validation.required") Long categoryId,
                             @NotBlank(message = "problem.rule.title") @Size(max = 500, message = "validation.tooLong") String title,
                             @Size(max = 20000, message = "validation.tooLong") String description,
                             RectificationType rectificationType, LocalDate deadline, Long responsibleLeaderId,
                             Long responsibleUnitId, Set<Long> responsibleUnitIds, Set<Long> responsibleUserIds,
                             @Size(max = 2000, message = "validation.tooLong") String note,
                             @Size(max = 500, message = "validation.tooLong") String deadlineReason) {

    public Problems.Draft draft() {
        Set<Long> units = new LinkedHashSet<>();
        if (responsibleUnitId != null) {
            units.add(responsibleUnitId);
        }
        if (responsibleUnitIds != null) {
            units.addAll(responsibleUnitIds);
        }
        return new Problems.Draft(categoryId, title, description, new Problem.Responsibility(
                rectificationType == null ? RectificationType.TIME_LIMITED : rectificationType,
                responsibleLeaderId, units, responsibleUserIds, deadline, note, deadlineReason));
    }
}
