package dk.infohus.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over a limit before anything reads them: at once when the length is
 * declared, or as soon as a streamed body passes the limit. Nothing over the limit is ever parsed.
 * A {@code multipart/form-data} body (file uploads) has a limit of its own; every other body, such as
 * JSON, has the general one.
 */
public class RequestBodyLimit extends OncePerRequestFilter {

    private final long limit;
    private final long uploadLimit;
    private final ProblemResponses problems;

    /** One limit for every body, uploads included. */
    public RequestBodyLimit(long limit, ProblemResponses problems) {
        this(limit, limit, problems);
    }

    /**
     * @param limit the largest body that is not multipart
     * @param uploadLimit the largest {@code multipart/form-data} body
     */
    public RequestBodyLimit(long limit, long uploadLimit, ProblemResponses problems) {
        this.limit = limit;
        this.uploadLimit = uploadLimit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long applies = isMultipartForm(request) ? uploadLimit : limit;
        if (request.getContentLengthLong() > applies) {
            if (isPage(request)) {
                writePage(response, applies);
            } else {
                problems.write(response, ProblemResponses.bodyTooLarge(applies));
            }
            return;
        }
        chain.doFilter(new LimitedRequest(request, applies), response);
    }

    private static boolean isMultipartForm(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null
                && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** A form sent from a page (not the API) that asks for HTML: the person gets a page, not a problem body. */
    private static boolean isPage(HttpServletRequest request) {
        return PlainProblems.forAPage(request);
    }

    /** A short page, Danish first, that says what was too large and what to do. */
    private static void writePage(HttpServletResponse response, long limit) throws IOException {
        long megabytes = Math.max(1, limit / (1024 * 1024));
        response.setStatus(413);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="da"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>For stor forsendelse</title></head>
                <body><main>
                <h1>For stor forsendelse</h1>
                <p>Det, du sendte, fylder mere end %1$d MB i alt. Gå tilbage, og vælg færre eller mindre filer
                (højst 5 filer og 10 MB pr. fil). Det, du har skrevet, er ikke sendt endnu.</p>
                <p>Er der akut fare, så ring 112.</p>
                <h2 lang="en">Too large</h2>
                <p lang="en">What you sent is larger than %1$d MB in all. Go back and choose fewer or smaller
                files (at most 5 files of 10 MB each). What you wrote has not been sent yet.</p>
                <p lang="en">If there is immediate danger, call 112.</p>
                </main></body></html>
                """.formatted(megabytes));
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
