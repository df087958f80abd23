package rectify.selfcheck.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import rectify.org.BusinessRoles;
import rectify.selfcheck.SimilarProblems;

/** Similar problems across units and rounds, and the repeats of a title about to be entered (举一反三). */
@RestController
@BusinessRoles
class SimilarApi {

    private final SimilarProblems similar;
    private final rectify.selfcheck.RecurringThemes themes;

    SimilarApi(SimilarProblems similar, rectify.selfcheck.RecurringThemes themes) {
        this.similar = similar;
        this.themes = themes;
    }

    /** The themes that recur across a round's units, those in the most units first. */
    @GetMapping("/api/v1/rounds/{id}/recurring-themes")
    List<rectify.selfcheck.RecurringThemes.Theme> themes(@PathVariable long id,
                                                         @RequestParam(defaultValue = "10") int size) {
        return themes.ofRound(id, Math.min(Math.max(size, 1), 50));
    }

    @GetMapping("/api/v1/problems/{id}/similar")
    List<SimilarProblems.Similar> of(@PathVariable long id, @RequestParam(defaultValue = "10") int size) {
        return similar.of(id, Math.min(Math.max(size, 1), 50));
    }

    @GetMapping("/api/v1/inspections/{id}/repeats")
    List<SimilarProblems.Similar> repeats(@PathVariable long id, @RequestParam(required = false) String title) {
        return similar.repeatsIn(id, title);
    }
}
