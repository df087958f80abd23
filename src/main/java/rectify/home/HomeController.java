package rectify.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import rectify.org.CurrentUser;
import rectify.org.DataScope;

/** The landing page after sign-in: who you are, what you may see, and where to start for your roles. */
@Controller
class HomeController {

    private final DataScope dataScope;

    HomeController(DataScope dataScope) {
        this.dataScope = dataScope;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("scopeRoot", dataScope.businessScopeOf(CurrentUser.require()).root().orElse(null));
        return "home";
    }
}
