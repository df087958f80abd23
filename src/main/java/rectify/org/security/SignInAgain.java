package rectify.org.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.session.InvalidSessionStrategy;

/**
 * Where a page request goes when nobody is signed in or the session has ended: to the sign-in page, saying why.
 * A panel loaded by htmx is not given the sign-in page to paste into itself: it gets 401 with {@code HX-Redirect},
 * and htmx moves the whole window to the sign-in page.
 */
final class SignInAgain implements InvalidSessionStrategy, AuthenticationEntryPoint {

    private static final String EXPIRED = "/login?expired";

    private final LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");

    @Override
    public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.getSession(true);
        send(request, response, EXPIRED);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (isHtmx(request)) {
            send(request, response, EXPIRED);
        } else {
            signIn.commence(request, response, e);
        }
    }

    /**
     * The pages signing in returns to: a page the browser navigated to before signing in, never a panel htmx
     * loaded into one or an image shown in one (returning there would show the panel or the image alone).
     */
    org.springframework.security.web.savedrequest.RequestCache pagesToReturnTo() {
        var cache = new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !isHtmx(request)
                && String.valueOf(request.getHeader("Accept")).contains("text/html"));
        return cache;
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException {
        String url = request.getContextPath() + target;
        if (isHtmx(request)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("HX-Redirect", url);
        } else {
            response.sendRedirect(url);
        }
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
