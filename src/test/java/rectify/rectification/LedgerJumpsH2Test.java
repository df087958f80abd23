package rectify.rectification;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "rectify.ledger.exact-total-up-to=5", "rectify.ledger.total-max-age=PT1H", "rectify.ledger.landmark-every=4"})
@ActiveProfiles({"demo", "test"})
class LedgerJumpsH2Test extends LedgerJumpsContract {
}
