package rectify.document.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import rectify.document.ClosureForm;
import rectify.org.BusinessRoles;

/** The 问题整改销号审批表 as a page to print: the same rows as its docx, on an A4 portrait sheet. */
@Controller
@BusinessRoles
class ClosureFormPageController {

    private final ClosureForm form;

    ClosureFormPageController(ClosureForm form) {
        this.form = form;
    }

    @GetMapping("/problems/{id}/closure-form")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("problemId", id);
        model.addAttribute("rows", form.rows(id));
        return "document/closure-form";
    }
}
