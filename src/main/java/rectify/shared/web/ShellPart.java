package rectify.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A part of what every page shows around its content (the person, the side menu, the bell): each module that has one
 * says it here, and {@link ShellParts} adds it to the model of every page rendered. An API answer and a redirect
 * get none of it.
 */
public interface ShellPart {

    /** Puts this part's attributes into a page's model; an attribute the page's controller set itself is kept. */
    void addTo(Map<String, Object> model, HttpServletRequest request);
}
