package rectify.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Writes the addresses of static files into pages with their content's version ({@code /css/app-<md5>.css}), as
 * Spring's {@link ResourceUrlEncodingFilter} does, in its place. Spring's matched every address a page writes
 * against the static folders' patterns, and a ledger page writes dozens of addresses of pages for each one of a
 * file (3.5 % of that page's time); here only addresses under a static folder are looked up, each once, as the
 * files do not change while the application runs.
 */
final class StaticFileVersions extends ResourceUrlEncodingFilter {

    private final ObjectProvider<ResourceUrlProvider> urls;
    private final List<String> folders;
    private final Map<String, String> versioned = new ConcurrentHashMap<>();

    /** @param folders the static folders' addresses, each with its closing slash ("/css/") */
    StaticFileVersions(ObjectProvider<ResourceUrlProvider> urls, List<String> folders) {
        this.urls = urls;
        this.folders = folders;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request instanceof HttpServletRequest page) || !(response instanceof HttpServletResponse answer)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(answer) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(versionOf(page, url));
            }
        });
    }

    private String versionOf(HttpServletRequest page, String url) {
        String contextPath = page.getContextPath();
        if (!url.startsWith(contextPath) || folders.stream().noneMatch(f -> url.startsWith(f, contextPath.length()))) {
            return url;
        }
        return versioned.computeIfAbsent(url, file -> {
            String found = urls.getObject().getForRequestUrl(page, file);
            return found == null ? file : found;
        });
    }
}
