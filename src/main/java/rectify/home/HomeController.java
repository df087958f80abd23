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
    private final Workbench workbench;

    HomeController(DataScope dataScope, Workbench workbench) {
        this.dataScope = dataScope;
        this.workbench = workbench;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("scopeRoot", dataScope.businessScopeOf(user).root().orElse(null));
        model.addAttribute("waiting", workbench.of(user));
        return "home";
    }

    /** The workbench as the API answers it: what waits for the caller, each with its list. */
    @GetMapping("/api/v1/workbench")
    @org.springframework.web.bind.annotation.ResponseBody
    java.util.List<Workbench.Item> workbench() {
        return workbench.of(CurrentUser.require());
    }
}
