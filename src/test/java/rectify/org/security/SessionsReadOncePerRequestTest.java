package rectify.org.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;

/** A request reads each of its sessions from the store once; nothing read is kept beyond the request. */
class SessionsReadOncePerRequestTest {

    private final CountedStore store = new CountedStore();
    private final SessionsReadOncePerRequest<MapSession> sessions = new SessionsReadOncePerRequest<>(store);

    @Test
    void aSessionReadTwiceInARequestIsReadFromTheStoreOnce() throws Exception {
        String id = stored().getId();
        AtomicReference<Session> first = new AtomicReference<>();
        AtomicReference<Session> second = new AtomicReference<>();
        inRequest(() -> {
            first.set(sessions.findById(id));
            second.set(sessions.findById(id));
        });
        assertThat(store.reads.get()).isEqualTo(1);
        assertThat(second.get()).isSameAs(first.get());
    }

    @Test
    void eachRequestReadsItsSessionAfresh() throws Exception {
        String id = stored().getId();
        inRequest(() -> sessions.findById(id));
        store.deleteById(id); // signed out in another window between the two requests
        AtomicReference<Session> next = new AtomicReference<>(stored());
        inRequest(() -> next.set(sessions.findById(id)));
        assertThat(next.get()).isNull();
        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void aRequestThatFailsLeavesNothingForTheNextOnItsThread() throws Exception {
        String id = stored().getId();
        assertThatThrownBy(() -> inRequest(() -> {
            sessions.findById(id);
            throw new IllegalStateException("the page failed");
        })).isInstanceOf(IllegalStateException.class);
        store.deleteById(id);
        assertThat(sessions.findById(id)).isNull();
        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void outsideARequestEveryReadGoesToTheStore() {
        String id = stored().getId();
        sessions.findById(id);
        sessions.findById(id);
        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void aSessionDeletedInTheRequestIsNotFoundAgain() throws Exception {
        String id = stored().getId();
        AtomicReference<Session> again = new AtomicReference<>();
        inRequest(() -> {
            sessions.findById(id);
            sessions.deleteById(id);
            again.set(sessions.findById(id));
        });
        assertThat(again.get()).isNull();
    }

    @Test
    void aSessionWhoseIdChangedIsNotFoundUnderItsOldId() throws Exception {
        String id = stored().getId();
        AtomicReference<Session> underOldId = new AtomicReference<>();
        inRequest(() -> {
            MapSession session = sessions.findById(id);
            session.changeSessionId(); // on signing in
            sessions.save(session);
            underOldId.set(sessions.findById(id));
        });
        assertThat(underOldId.get()).isNull();
    }

    private MapSession stored() {
        MapSession session = store.createSession();
        store.save(session);
        return session;
    }

    private void inRequest(Runnable work) throws Exception {
        FilterChain chain = (request, response) -> work.run();
        SessionsReadOncePerRequest.requestScope()
                .doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
    }

    /** Sessions in memory, counting the reads that reach them. */
    private static final class CountedStore implements FindByIndexNameSessionRepository<MapSession>, DisposableBean {

        final AtomicInteger reads = new AtomicInteger();
        private final MapSessionRepository sessions = new MapSessionRepository(new java.util.HashMap<>());

        @Override
        public MapSession createSession() {
            return sessions.createSession();
        }

        @Override
        public void save(MapSession session) {
            sessions.save(session);
        }

        @Override
        public MapSession findById(String id) {
            reads.incrementAndGet();
            return sessions.findById(id);
        }

        @Override
        public void deleteById(String id) {
            sessions.deleteById(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }

        @Override
        public void destroy() {
        }
    }
}
