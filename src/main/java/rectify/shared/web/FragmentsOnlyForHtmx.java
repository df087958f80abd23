package rectify.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/** Sends a browser that opened an {@link HtmxFragment} on its own to the page the fragment belongs to. */
class FragmentsOnlyForHtmx implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws java.io.IOException {
        if (!(handler instanceof HandlerMethod method) || "true".equals(request.getHeader("HX-Request"))) {
            return true;
        }
        HtmxFragment fragment = method.getMethodAnnotation(HtmxFragment.class);
        if (fragment == null) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String page = UriComponentsBuilder.fromUriString(fragment.page())
                .buildAndExpand(variables == null ? Map.of() : variables).encode().toUriString();
        response.sendRedirect(request.getContextPath() + page);
        return false;
    }
}
