package rectify.supervision;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import rectify.support.TestClock;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + ReminderContract.MAIL_PORT_TEXT})
@ActiveProfiles({"demo", "test"})
@Import(TestClock.Configuration.class)
class ReminderH2Test extends ReminderContract {
}
