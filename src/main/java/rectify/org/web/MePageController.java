package rectify.org.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.org.AccessTokens;
import rectify.org.Accounts;
import rectify.org.CurrentUser;
import rectify.org.PasswordPolicy;
import rectify.shared.BusinessException;
import rectify.shared.web.Messages;

/** The signed-in person's own settings: their password and their API tokens. */
@Controller
class MePageController {

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final UserDetailsService userDetails;
    private final Messages messages;
    private final PasswordPolicy passwordPolicy;
    private final HttpSessionSecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    MePageController(Accounts accounts, AccessTokens tokens, UserDetailsService userDetails, Messages messages,
                     PasswordPolicy passwordPolicy) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.tokens = tokens;
        this.userDetails = userDetails;
        this.messages = messages;
    }

    @ModelAttribute("passwordPolicy")
    PasswordPolicy passwordPolicy() {
        return passwordPolicy;
    }

    @GetMapping("/me/password")
    String passwordForm() {
        return "me/password";
    }

    @PostMapping("/me/password")
    String changePassword(@RequestParam String oldPassword, @RequestParam String newPassword,
                          @RequestParam String confirmPassword, HttpServletRequest request,
                          jakarta.servlet.http.HttpServletResponse response, Model model,
                          RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw BusinessException.rule("password.rule.confirmMismatch");
            }
            accounts.changeOwnPassword(user.id(), oldPassword, newPassword);
        } catch (BusinessException e) {
            model.addAttribute("errorMessage", messages.of(e));
            return "me/password";
        }
        refreshSession(user, request, response);
        redirect.addFlashAttribute("successMessage", messages.get("password.changed"));
        return "redirect:/";
    }

    @GetMapping("/me/tokens")
    String tokens(Model model) {
        model.addAttribute("tokens", tokens.ownedBy(CurrentUser.require()));
        return "me/tokens";
    }

    @PostMapping("/me/tokens")
    String createToken(@RequestParam String name,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
                       RedirectAttributes redirect) {
        AccessTokens.Issued issued = tokens.create(CurrentUser.require(), name, expiresOn);
        redirect.addFlashAttribute("issuedToken", issued.secret());
        redirect.addFlashAttribute("issuedName", issued.token().getName());
        return "redirect:/me/tokens";
    }

    @PostMapping("/me/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(CurrentUser.require(), id);
        redirect.addFlashAttribute("successMessage", messages.get("token.revoked"));
        return "redirect:/me/tokens";
    }

    /** The session keeps the principal; after a password change it must no longer say "must change". */
    private void refreshSession(CurrentUser user, HttpServletRequest request,
                                jakarta.servlet.http.HttpServletResponse response) {
        CurrentUser fresh = (CurrentUser) userDetails.loadUserByUsername(user.getUsername());
        fresh.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }
}
