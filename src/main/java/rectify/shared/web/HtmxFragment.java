package rectify.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page handler that answers a part of a page, loaded into it by htmx. Opened on its own (a bookmarked or
 * shared address, a browser that lost the page around it), it sends the browser to the whole page instead:
 * {@link #page} with the handler's path variables filled in, e.g. {@code "/problems/{id}#outcomes"}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface HtmxFragment {

    String page();
}
