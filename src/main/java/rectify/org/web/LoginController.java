package rectify.org.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import rectify.org.CurrentUser;
import rectify.org.SignInPolicy;

/** The login page, in Chinese, with one sentence saying why a sign-in failed. */
@Controller
class LoginController {

    private final SignInPolicy signInPolicy;

    LoginController(SignInPolicy signInPolicy) {
        this.signInPolicy = signInPolicy;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        if (CurrentUser.find().isPresent()) {
            return "redirect:/";
        }
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure != null) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("loginError", failure instanceof LockedException ? "login.error.locked"
                    : failure instanceof DisabledException ? "login.error.disabled" : "login.error.bad");
            model.addAttribute("lockMinutes", signInPolicy.lockDuration().toMinutes());
            model.addAttribute("maxAttempts", signInPolicy.maxFailedAttempts());
        }
        return "login";
    }
}
