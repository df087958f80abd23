package rectify.selfcheck.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import rectify.org.BusinessRoles;
import rectify.selfcheck.SimilarProblems;
import rectify.shared.web.HtmxFragment;

/** 类似问题 on a problem's page, and the warning beside a new problem's title that it repeats a closed one. */
@Controller
@BusinessRoles
class SimilarPageController {

    private final SimilarProblems similar;
    private final rectify.selfcheck.RecurringThemes themes;

    SimilarPageController(SimilarProblems similar, rectify.selfcheck.RecurringThemes themes) {
        this.similar = similar;
        this.themes = themes;
    }

    @HtmxFragment(page = "/dashboard?roundId={id}")
    @GetMapping("/rounds/{id}/recurring-themes")
    String themes(@PathVariable long id, Model model) {
        model.addAttribute("themes", themes.ofRound(id, 10));
        return "selfcheck/similar :: themes";
    }

    @HtmxFragment(page = "/problems/{id}#similar")
    @GetMapping("/problems/{id}/similar")
    String of(@PathVariable long id, Model model) {
        model.addAttribute("similar", similar.of(id, 10));
        return "selfcheck/similar :: similar";
    }

    @HtmxFragment(page = "/inspections/{id}")
    @GetMapping("/inspections/{id}/repeats")
    String repeats(@PathVariable long id, @RequestParam(required = false) String title, Model model) {
        model.addAttribute("repeats", similar.repeatsIn(id, title));
        return "selfcheck/similar :: repeats";
    }
}
