package rectify.rectification;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A measure as a person writes it, from the API's JSON or the page's form, with the same checks for both. */
public record MeasureRequest(@NotBlank(message = "validation.required") @Size(max = 20000, message = "validation.tooLong") String text,
                             Long responsibleUserId, LocalDate deadline) {

    public Plans.MeasureDraft draft() {
        return new Plans.MeasureDraft(text, responsibleUserId, deadline);
    }
}
