package rectify.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page or order of the current list, keeping its filters: {@code ${links.withPage(2)}}. In every
 * page's model rather than a bean reference, because Thymeleaf refuses bean references in link attributes.
 */
@Component
public class PageLinks {

    /** Page {@code page} of the current list, found by its number. */
    public String withPage(int page) {
        return current().replaceQueryParam("page", page).replaceQueryParam("after").build().toUriString();
    }

    /** The page after this one: right after its last row where the list names it (a cursor), else by number. */
    public String nextPage(rectify.shared.PageResult<?> result) {
        return result.next() == null ? withPage(result.page() + 1)
                : current().replaceQueryParam("page", result.page() + 1).replaceQueryParam("after", result.next())
                .build().toUriString();
    }

    /** The current list with some parameters replaced (name, value, name, value…), from its first page. */
    public String with(Object... namesAndValues) {
        UriComponentsBuilder builder = current().replaceQueryParam("page").replaceQueryParam("after");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            builder.replaceQueryParam(String.valueOf(namesAndValues[i]), value == null ? new Object[0] : new Object[] {value});
        }
        return builder.encode().build().toUriString();
    }

    /** Another path with the current list's filters, as an export of what the list shows: {@code /ledger.xlsx?…}. */
    public String to(String path) {
        var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return current().replacePath(request.getContextPath() + path).replaceQueryParam("page").replaceQueryParam("after")
                .build().toUriString();
    }

    private static UriComponentsBuilder current() {
        var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }

    /** Offered to every page as {@code links}. */
    @Component
    static class OnEveryPage implements ShellPart {
        private final PageLinks links;

        OnEveryPage(PageLinks links) {
            this.links = links;
        }

        @Override
        public void addTo(java.util.Map<String, Object> model, jakarta.servlet.http.HttpServletRequest request) {
            model.put("links", links);
        }
    }
}
