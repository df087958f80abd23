package rectify.shared;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A business event whose listener failed (a mail server down, a database hiccup) stays incomplete in the event
 * publication registry; this hands it to its listener again once it is older than {@code rectify.events.retry-after},
 * every {@code rectify.events.retry-every}, until the listener finishes.
 */
@Component
public class EventRetries {

    private static final Logger log = LoggerFactory.getLogger(EventRetries.class);

    private final IncompleteEventPublications incomplete;
    private final Duration retryAfter;

    EventRetries(IncompleteEventPublications incomplete,
                 @Value("${rectify.events.retry-after:PT1M}") Duration retryAfter) {
        this.incomplete = incomplete;
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "${rectify.events.retry-every:PT1M}", initialDelayString = "PT30S")
    public void retry() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
        } catch (RuntimeException e) {
            log.warn("Could not hand incomplete business events to their listeners again: {}", e.getMessage());
        }
    }
}
