package rectify.org.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.LazyContextVariable;

import rectify.org.CurrentUser;
import rectify.org.OrgUnits;
import rectify.shared.web.Messages;
import rectify.shared.web.ShellPart;

/**
 * What the app shell shows on every page: the person, their unit (read only when the page shows it), the side menu,
 * and the largest file the server takes.
 */
@Component
class ShellModel implements ShellPart {

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

    @Override
    public void addTo(Map<String, Object> model, HttpServletRequest request) {
        CurrentUser user = CurrentUser.find().orElse(null);
        model.put("uploadLimit", uploadLimit);
        model.put("currentUser", user);
        model.put("currentUnitName", new LazyContextVariable<String>() {
            @Override
            protected String loadValue() {
                return user == null ? null : orgUnits.nameOf(user.orgUnitId()).orElse(null);
            }
        });
        model.put("sideMenu", user == null ? null
                : new SideMenu(user.roles(), request.getContextPath(), request.getRequestURI(), messages::get));
    }
}
