package rectify.search.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import rectify.org.BusinessRoles;
import rectify.search.Search;
import rectify.shared.PageResult;

/** Search as api.md names it: {@code GET /api/v1/search?q=&page=&size=}, over what the caller may see. */
@RestController
@BusinessRoles
class SearchApi {

    private final Search search;

    SearchApi(Search search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    PageResult<Search.Hit> search(@RequestParam(required = false) String q,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size) {
        return search.find(q, page, size);
    }
}
