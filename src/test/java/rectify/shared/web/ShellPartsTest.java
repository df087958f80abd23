package rectify.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The shell goes into pages only: not into API answers (no model) and not into redirects (it would enter the URL). */
class ShellPartsTest {

    private final List<String> asked = new ArrayList<>();
    private final ShellParts shell = new ShellParts(new StaticListableBeanFactory(Map.of(
            "person", part("currentUser", "张三"), "limit", part("uploadLimit", "50MB")))
            .getBeanProvider(ShellPart.class));

    private ShellPart part(String name, Object value) {
        return new ShellPart() {
            @Override
            public void addTo(Map<String, Object> model, HttpServletRequest request) {
                asked.add(name);
                model.put(name, value);
            }
        };
    }

    private void after(ModelAndView answer) {
        shell.postHandle(new MockHttpServletRequest("GET", "/ledger"), new MockHttpServletResponse(), new Object(),
                answer);
    }

    @Test
    void aPageGetsEveryPartAndKeepsWhatItsControllerSet() {
        ModelAndView page = new ModelAndView("ledger/list");
        page.addObject("uploadLimit", "10MB");

        after(page);

        assertThat(page.getModel()).containsEntry("currentUser", "张三").containsEntry("uploadLimit", "10MB");
        assertThat(asked).containsExactlyInAnyOrder("currentUser", "uploadLimit");
    }

    @Test
    void anApiAnswerHasNoModelAndNoPartIsAsked() {
        after(null);

        assertThat(asked).isEmpty();
    }

    @Test
    void aRedirectGetsNothingThatCouldEnterItsAddress() {
        ModelAndView byName = new ModelAndView("redirect:/ledger");
        ModelAndView byView = new ModelAndView(new RedirectView("/ledger"));

        after(byName);
        after(byView);

        assertThat(byName.getModel()).isEmpty();
        assertThat(byView.getModel()).isEmpty();
        assertThat(asked).isEmpty();
    }
}
