package rectify.org.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import rectify.org.CurrentUser;
import rectify.org.OrgUnit;
import rectify.org.OrgUnits;

/** What the app shell shows on every page: the person, their unit, and where they are (for the menu). */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {

    private final OrgUnits orgUnits;

    ShellModel(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.find().orElse(null);
    }

    @ModelAttribute("currentUnitName")
    String currentUnitName() {
        return CurrentUser.find().flatMap(u -> orgUnits.find(u.orgUnitId())).map(OrgUnit::getName).orElse(null);
    }

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
