package rectify.org.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The page sessions in the database, with a session's last access written at most once a minute. Written on every
 * request, it was an update and a commit for every page anyone opened, the largest part of the database's work for a
 * ledger page. A session therefore ends between 29 and 30 minutes (the timeout less a minute) after the last
 * request, never later. Everything else about a session (what it holds, its new id on signing in, its timeout) is
 * written as before. It stands in for the repository Spring Session makes ({@link SecurityConfiguration}).
 */
final class SessionsWrittenSparingly
        implements FindByIndexNameSessionRepository<SessionsWrittenSparingly.Held>, DisposableBean {

    static final Duration ACCESS_WRITTEN_EVERY = Duration.ofMinutes(1);

    private final JdbcIndexedSessionRepository repository;
    private final FindByIndexNameSessionRepository<Session> stored;

    @SuppressWarnings("unchecked")
    SessionsWrittenSparingly(JdbcIndexedSessionRepository repository) {
        this.repository = repository;
        // the repository's own session type is private to it; the sessions it is handed are always its own
        this.stored = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) repository;
    }

    /** Stops the repository's clean-up of expired sessions, as it would when it stood alone. */
    @Override
    public void destroy() {
        repository.destroy();
    }

    @Override
    public Held createSession() {
        return new Held(stored.createSession());
    }

    @Override
    public void save(Held session) {
        stored.save(session.stored);
    }

    @Override
    public Held findById(String id) {
        Session session = stored.findById(id);
        return session == null ? null : new Held(session);
    }

    @Override
    public void deleteById(String id) {
        stored.deleteById(id);
    }

    @Override
    public Map<String, Held> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return stored.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new Held(e.getValue())));
    }

    /** A stored session whose last access moves only when a minute has passed since the one recorded. */
    static final class Held implements Session {

        private final Session stored;

        Held(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(ACCESS_WRITTEN_EVERY))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
