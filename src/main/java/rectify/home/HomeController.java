package rectify.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import rectify.org.CurrentUser;
import rectify.org.DataScope;
import rectify.org.OrgUnits;
import rectify.org.Scope;

/** The landing page after sign-in: who you are, what you may see, and where to start for your roles. */
@Controller
class HomeController {

    private final DataScope dataScope;
    private final OrgUnits orgUnits;

    HomeController(DataScope dataScope, OrgUnits orgUnits) {
        this.dataScope = dataScope;
        this.orgUnits = orgUnits;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUser.require();
        Scope scope = dataScope.businessScopeOf(user);
        model.addAttribute("scopeUnits", scope.isNone() ? java.util.List.of() : orgUnits.visibleTo(user).stream()
                .filter(scope::covers).limit(1).toList());
        return "home";
    }
}
