package dk.infohus.gateway.security;

import dk.infohus.webui.PageContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security creates the CSRF token only when something asks for it; this asks on every request, so
 * the first response a browser gets (a page, or any API answer, even a 401) already carries the
 * {@code XSRF-TOKEN} cookie that pages copy into the {@code X-XSRF-TOKEN} header, and the front door's own
 * pages find it in {@link PageContext#FORM_TOKEN_ATTRIBUTE}.
 */
final class CsrfCookieFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            // the front door's own pages (the workspace) put it into their forms, as routed pages do
            request.setAttribute(PageContext.FORM_TOKEN_ATTRIBUTE, token.getToken());
        }
        chain.doFilter(request, response);
    }
}
