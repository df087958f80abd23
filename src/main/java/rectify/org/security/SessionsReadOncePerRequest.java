package rectify.org.security;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The page sessions, each read from the database at most once in a request. Spring Session's filter saves the
 * session twice in a request (when the answer starts and when it ends) and, having forgotten after the first
 * what it had read, reads it again for the second: two reads of the same row for every page (spring-session
 * issues 1731 and 2218). What was read is remembered only while a request is under way on this thread, between
 * {@link #requestScope()}'s start and end, and never across requests: a session ended elsewhere (signed out, expired)
 * is read afresh by the next request. A session whose id changed (on signing in) is not found under its old id,
 * as in the database.
 */
final class SessionsReadOncePerRequest<S extends Session> implements FindByIndexNameSessionRepository<S>, DisposableBean {

    /** What this thread's request has read, by id, and which ids it found nothing under; null outside a request. */
    private static final ThreadLocal<Map<String, Session>> READ_IN_THIS_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> stored;
    private final DisposableBean storedDisposal;

    <R extends FindByIndexNameSessionRepository<S> & DisposableBean> SessionsReadOncePerRequest(R stored) {
        this.stored = stored;
        this.storedDisposal = stored;
    }

    /** The outermost filter of the pages: what the sessions' reads remember lasts from its start to its end. */
    static Filter requestScope() {
        return SessionsReadOncePerRequest::withinRequest;
    }

    private static void withinRequest(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        READ_IN_THIS_REQUEST.set(new HashMap<>());
        try {
            chain.doFilter(request, response);
        } finally {
            READ_IN_THIS_REQUEST.remove();
        }
    }

    @Override
    public S findById(String id) {
        Map<String, Session> read = READ_IN_THIS_REQUEST.get();
        if (read == null) {
            return stored.findById(id);
        }
        if (read.containsKey(id)) {
            @SuppressWarnings("unchecked") // only this repository's sessions are put there
            S known = (S) read.get(id);
            if (known == null || known.getId().equals(id)) {
                return known;
            }
        }
        S session = stored.findById(id);
        read.put(id, session);
        return session;
    }

    @Override
    public void deleteById(String id) {
        stored.deleteById(id);
        Map<String, Session> read = READ_IN_THIS_REQUEST.get();
        if (read != null) {
            read.put(id, null);
        }
    }

    @Override
    public S createSession() {
        return stored.createSession();
    }

    @Override
    public void save(S session) {
        stored.save(session);
    }

    @Override
    public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return stored.findByIndexNameAndIndexValue(indexName, indexValue);
    }

    @Override
    public void destroy() throws Exception {
        storedDisposal.destroy();
    }
}
