package rectify.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Pages and API calls that fail unexpectedly, to show that nobody ever sees a stack trace. */
public final class FailingPageController {

    private FailingPageController() {
    }

    @Controller
    public static class Page {
        @GetMapping("/test/unexpected-failure")
        String fail() {
            throw new IllegalStateException("secret internal detail");
        }
    }

    @RestController
    public static class Api {
        @GetMapping("/api/v1/test/unexpected-failure")
        String fail() {
            throw new IllegalStateException("secret internal detail");
        }
    }
}
