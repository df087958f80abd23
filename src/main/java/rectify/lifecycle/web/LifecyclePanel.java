package rectify.lifecycle.web;

import org.springframework.stereotype.Component;

import rectify.lifecycle.LifecycleDescription;

/**
 * The lifecycle's panel on a problem's page. The page (rectification) includes the panel's template and asks this
 * bean by name for its facts, so the problem's page is drawn in one pass (a refused form comes back filled in) while
 * no Java code of the problem's module knows the lifecycle.
 */
@Component("lifecyclePanel")
class LifecyclePanel {

    private final LifecycleDescription description;

    LifecyclePanel(LifecycleDescription description) {
        this.description = description;
    }

    public LifecycleDescription.Facts of(long problemId) {
        return description.describe(problemId);
    }
}
