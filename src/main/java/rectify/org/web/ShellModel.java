package rectify.org.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import rectify.org.CurrentUser;
import rectify.org.OrgUnits;
import rectify.shared.web.Messages;

/** What the app shell shows on every page: the person, their unit, and the side menu. */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {

    private final OrgUnits orgUnits;
    private final Messages messages;

    /** The largest file the server takes, for the pages to check a file before sending it ("50MB"). */
    private final String uploadLimit;

    ShellModel(OrgUnits orgUnits, Messages messages,
               @org.springframework.beans.factory.annotation.Value("${rectify.evidence.max-file-size:50MB}") String uploadLimit) {
        this.messages = messages;
        this.uploadLimit = uploadLimit;
        this.orgUnits = orgUnits;
    }

    @ModelAttribute("uploadLimit")
    String uploadLimit() {
        return uploadLimit;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.find().orElse(null);
    }

    /** Read only when a page shows it (an API call passes through this advice too and never does). */
    @ModelAttribute("currentUnitName")
    org.thymeleaf.context.LazyContextVariable<String> currentUnitName() {
        return new org.thymeleaf.context.LazyContextVariable<>() {
            @Override
            protected String loadValue() {
                return CurrentUser.find().flatMap(u -> orgUnits.nameOf(u.orgUnitId())).orElse(null);
            }
        };
    }

    /** The side menu for the signed-in person and the page shown; written only when a page shows it. */
    @ModelAttribute("sideMenu")
    SideMenu sideMenu(HttpServletRequest request) {
        return CurrentUser.find().map(user -> new SideMenu(user.roles(), request.getContextPath(), request.getRequestURI(),
                messages::get)).orElse(null);
    }
}
