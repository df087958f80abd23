package rectify.org.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import rectify.org.AccessTokens;
import rectify.org.CurrentUser;
import rectify.shared.web.Messages;

/** Authenticates {@code Authorization: Bearer <token>}; a token that is unknown, revoked or expired gets 401. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final AccessTokens tokens;
    private final ApiAuthenticationErrors errors;
    private final Messages messages;

    BearerTokenFilter(AccessTokens tokens, ApiAuthenticationErrors errors, Messages messages) {
        this.tokens = tokens;
        this.errors = errors;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var user = tokens.authenticate(header.substring(7).strip());
        if (user.isEmpty()) {
            errors.write(response, HttpStatus.UNAUTHORIZED, messages.get("auth.api.badToken"));
            return;
        }
        CurrentUser principal = user.get();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        authentication.setDetails(AccessTokens.SIGNED_IN_WITH_TOKEN);
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
