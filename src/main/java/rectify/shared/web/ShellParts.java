package rectify.shared.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * Adds every {@link ShellPart} to a page's model once its controller has chosen the page. Controller advice with
 * model attributes would do the same, but it runs for every call to the API as well (a REST controller is a
 * controller): six model methods invoked for each answer, 7 % of the samples of a call for the ledger's first page.
 */
class ShellParts implements HandlerInterceptor {

    private final ObjectProvider<ShellPart> provider;
    private volatile List<ShellPart> parts;

    ShellParts(ObjectProvider<ShellPart> provider) {
        this.provider = provider;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || isRedirect(page)) {
            return;
        }
        Map<String, Object> shell = new HashMap<>();
        for (ShellPart part : parts()) {
            part.addTo(shell, request);
        }
        shell.forEach(page.getModel()::putIfAbsent);
    }

    /** A redirect would carry simple attributes into its address. */
    private static boolean isRedirect(ModelAndView page) {
        String name = page.getViewName();
        return name != null ? name.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX)
                : page.getView() instanceof SmartView view && view.isRedirectView();
    }

    private List<ShellPart> parts() {
        List<ShellPart> known = parts;
        if (known == null) {
            known = provider.orderedStream().toList();
            parts = known;
        }
        return known;
    }
}
