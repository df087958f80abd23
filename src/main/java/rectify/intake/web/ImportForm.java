package rectify.intake.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import rectify.intake.ParsedDocument;
import rectify.inspection.ProblemStatus;

/** The parsed structure as an editable form: every title, status and measure can be corrected before saving. */
public class ImportForm {

    private String title;
    private LocalDate reportDate;
    private List<CategoryForm> categories = new ArrayList<>();

    public static class CategoryForm {
        private String title;
        private List<ProblemForm> problems = new ArrayList<>();

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public List<ProblemForm> getProblems() { return problems; }
        public void setProblems(List<ProblemForm> problems) { this.problems = problems; }
    }

    public static class ProblemForm {
        private boolean include = true;
        private String title;
        private ProblemStatus status;
        /** One measure a line. */
        private String measures;

        public boolean isInclude() { return include; }
        public void setInclude(boolean include) { this.include = include; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public ProblemStatus getStatus() { return status; }
        public void setStatus(ProblemStatus status) { this.status = status; }
        public String getMeasures() { return measures; }
        public void setMeasures(String measures) { this.measures = measures; }
    }

    static ImportForm of(ParsedDocument document, LocalDate reportDate) {
        ImportForm form = new ImportForm();
        form.title = document.title();
        form.reportDate = reportDate;
        for (ParsedDocument.Category category : document.categories()) {
            CategoryForm c = new CategoryForm();
            c.title = category.title();
            for (ParsedDocument.Problem problem : category.problems()) {
                ProblemForm p = new ProblemForm();
                p.title = problem.title();
                p.status = problem.status();
                p.measures = String.join("\n", problem.measures());
                c.problems.add(p);
            }
            form.categories.add(c);
        }
        return form;
    }

    /** The corrected document: problems left out or without a title are dropped, and aspects left empty with them. */
    ParsedDocument toDocument() {
        List<ParsedDocument.Category> result = new ArrayList<>();
        for (CategoryForm c : categories) {
            List<ParsedDocument.Problem> problems = new ArrayList<>();
            for (ProblemForm p : c.problems) {
                if (p.include && p.title != null && !p.title.isBlank()) {
                    List<String> measures = p.measures == null ? List.of() : Arrays.stream(p.measures.split("\\R"))
                            .map(String::strip).filter(m -> !m.isEmpty()).toList();
                    problems.add(new ParsedDocument.Problem(problems.size() + 1, p.title.strip(), p.status, measures));
                }
            }
            if (!problems.isEmpty() && c.title != null && !c.title.isBlank()) {
                result.add(new ParsedDocument.Category(result.size() + 1, c.title.strip(), problems));
            }
        }
        return new ParsedDocument(title, result);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getReportDate() { return reportDate; }
    public void setReportDate(LocalDate reportDate) { this.reportDate = reportDate; }
    public List<CategoryForm> getCategories() { return categories; }
    public void setCategories(List<CategoryForm> categories) { this.categories = categories; }
}
