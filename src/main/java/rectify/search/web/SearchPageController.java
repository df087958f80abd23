package rectify.search.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import rectify.org.BusinessRoles;
import rectify.search.Search;

/** The search page: one box, the places found in problems, measures and look-back findings, paged. */
@Controller
@BusinessRoles
class SearchPageController {

    private final Search search;

    SearchPageController(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("hits", search.find(q, page, 20));
        }
        return "search/search";
    }
}
