package org.destalk.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than the limit (413) before anything reads them. Telegram and Twilio
 * always say how long a body is; a body of unknown length (chunked) is refused with 411 rather than
 * read without a bound. The admin API, where coordinators upload whole dialog files, has a limit of its own.
 */
final class RequestSizeFilter extends OncePerRequestFilter {

    private static final String ADMIN = "/admin/";

    private final long maxBytes;
    private final long maxAdminBytes;

    RequestSizeFilter(long maxBytes, long maxAdminBytes) {
        this.maxBytes = maxBytes;
        this.maxAdminBytes = maxAdminBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        long limit = request.getRequestURI().startsWith(ADMIN) ? maxAdminBytes : maxBytes;
        if (length > limit) {
            refuse(response, HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than " + limit + " bytes.");
        } else if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            refuse(response, HttpStatus.LENGTH_REQUIRED, "Send the request body with a Content-Length.");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void refuse(HttpServletResponse response, HttpStatus status, String reason) throws IOException {
        response.setStatus(status.value());
        response.setContentType("text/plain;charset=UTF-8");
        // Tomcat would otherwise read the whole unwanted body to keep the connection usable.
        response.setHeader("Connection", "close");
        response.getWriter().write(reason);
    }
}
