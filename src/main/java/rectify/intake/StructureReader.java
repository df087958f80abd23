package rectify.intake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import rectify.inspection.ProblemStatus;
import rectify.intake.ParsedDocument.Reason;

/**
 * Paragraphs into aspects, problems and measures, with the levels decided from the document itself: the numbered
 * headings form an outline (一、 over （一） over 1. over （1）); sections that are narrative (整改工作开展情况, 意见建议,
 * 下一步打算) are set aside; a section that only holds the problems (巡察发现的主要问题, 反馈意见整改落实情况) is a
 * container whose headings are the aspects; an aspect's first numbered level holds its problems, or a group of
 * them where a document has three levels; what stands under a problem is its description (具体表现) or its
 * measures, by the lead words (具体表现：, 整改措施：) or, without them, by the kind of document.
 */
final class StructureReader {

    static final String DEFAULT_ASPECT = "反馈问题";

    private static final Pattern NARRATIVE = Pattern.compile(
            "意见建议|整改建议|整改要求|工作要求|有关要求|下一步|下步|打算|工作安排|组织领导|主要做法|工作开展|开展情况|基本情况|总体情况"
                    + "|整改成效|成效|经验|体会|指导思想|总体要求|工作目标|目标任务|保障措施|方法步骤|时间安排|步骤安排|强化整改主体责任|提高政治站位"
                    + "|加强组织|压实.{0,4}责任|建议$|处理意见|政治责任|扛起|扛牢|^主要整改措施$|^整改措施$|^下一步工作|^巡察基本情况|^总体评价|^主要成绩|^工作进展|^整体进展|^总体进展");
    private static final Pattern CONTAINER = Pattern.compile("问题|反馈意见|整改落实情况|整改情况|整改进展|落实情况|发现|整改任务|整改事项|任务清单");
    private static final Pattern NEGATIVE = Pattern.compile("不|未|缺|弱|差|欠|淡|虚|松|偏|滞后|违规|违反|问题|短板|不足|漏洞|风险");
    private static final Pattern REPORT_TITLE = Pattern.compile("整改.{0,16}(报告|通报|方案|台账|清单)|进展情况|整改情况的");

    private final List<String> paragraphs;
    private final List<ParsedDocument.Category> categories = new ArrayList<>();
    private final List<ParsedDocument.Skipped> skipped = new ArrayList<>();
    private boolean report;
    private Draft defaultAspect;
    private final List<Draft> aspects = new ArrayList<>();
    /** Whether problems are numbered items (1. 问题1： 关于……的问题) somewhere outside the narrative sections. */
    private boolean numberedProblems;

    private StructureReader(List<String> paragraphs) {
        this.paragraphs = paragraphs;
    }

    static ParsedDocument read(List<String> paragraphs) {
        return new StructureReader(paragraphs).read();
    }

    /** A heading of the outline with what stands under it, in document order. */
    private static final class Node {
        final String text;
        final Marker marker;
        final List<Object> items = new ArrayList<>();

        Node(String text, Marker marker) {
            this.text = text;
            this.marker = marker;
        }

        int rank() {
            return marker == null ? 0 : marker.rank();
        }

        List<Node> children() {
            return items.stream().filter(Node.class::isInstance).map(Node.class::cast).toList();
        }

        /** The heading's words without the number. */
        String rest() {
            return marker.type() == Marker.Type.ABOUT ? text : marker.rest();
        }

        /** The heading as a title: its first sentence without status words. */
        String title() {
            return ProblemText.heading(rest()).title();
        }

        void flatten(List<String> into) {
            if (marker != null) {
                into.add(text);
            }
            for (Object item : items) {
                if (item instanceof Node node) {
                    node.flatten(into);
                } else {
                    into.add((String) item);
                }
            }
        }
    }

    /** An aspect being filled. */
    private static final class Draft {
        final String title;
        final String source;
        final List<ParsedDocument.Problem> problems = new ArrayList<>();

        Draft(String title, String source) {
            this.title = title;
            this.source = source;
        }
    }

    private ParsedDocument read() {
        int start = titleEnd();
        String title = start == 0 ? "" : String.join("", paragraphs.subList(firstTitleLine(start), start));
        for (int i = 0; i < firstTitleLine(start); i++) {
            skip(paragraphs.get(i), Reason.SIGNATURE);
        }
        List<String> body = paragraphs.subList(start, paragraphs.size());
        report = REPORT_TITLE.matcher(title).find() || body.stream().anyMatch(p ->
                Leads.MEASURE.matcher(p).lookingAt() || ProblemText.STATUS.matcher(p).find());
        Node root = outline(body);
        numberedProblems = root.children().stream().filter(n -> !narrative(n)).anyMatch(StructureReader::hasNumberedProblem);
        List<Node> run = new ArrayList<>();
        for (Object item : root.items) {
            if (item instanceof Node node && node.rank() >= Marker.Type.AR1.rank) {
                run.add(node);
                continue;
            }
            problems(defaultAspect(run), run, null);
            run.clear();
            if (item instanceof Node node) {
                section(node);
            } else {
                skipText((String) item, Reason.NARRATIVE);
            }
        }
        problems(defaultAspect(run), run, null);
        for (Draft aspect : aspects) {
            if (!aspect.problems.isEmpty()) {
                List<ParsedDocument.Problem> numbered = new ArrayList<>();
                for (ParsedDocument.Problem p : aspect.problems) {
                    numbered.add(new ParsedDocument.Problem(numbered.size() + 1, p.title(), p.description(), p.status(),
                            p.measures(), p.group(), p.source()));
                }
                categories.add(new ParsedDocument.Category(categories.size() + 1, aspect.title, numbered, aspect.source));
            }
        }
        return new ParsedDocument(title, categories, skipped, Figures.of(paragraphs));
    }

    /** Where the title ends: the leading short lines without sentence punctuation, up to a document-kind word. */
    private int titleEnd() {
        int i = firstTitleLine(paragraphs.size());
        int end = i;
        StringBuilder title = new StringBuilder();
        while (end < paragraphs.size() && end - i < 4) {
            String p = paragraphs.get(end);
            if (p.length() > 60 || p.contains("。") || p.endsWith("：") || Marker.of(p) != null && end > i
                    || Passages.isHeaderLine(p) && end > i) {
                break;
            }
            title.append(p);
            end++;
            if (title.toString().matches(".*(报告|意见|通报|方案|决定|通知|清单|情况|纪要|台账|说明|函)$")) {
                break;
            }
        }
        if (end == i || title.length() > 100 || end < paragraphs.size() && Marker.of(paragraphs.get(i)) != null) {
            return 0;
        }
        return end;
    }

    private int firstTitleLine(int limit) {
        int i = 0;
        while (i < Math.min(limit, paragraphs.size()) && i < 5 && Passages.isHeaderLine(paragraphs.get(i))) {
            i++;
        }
        return i < paragraphs.size() ? i : 0;
    }

    /** The outline: each numbered paragraph under the nearest one of a higher level. */
    private static Node outline(List<String> body) {
        Node root = new Node("", null);
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        for (String paragraph : body) {
            Marker marker = Marker.of(paragraph);
            if (marker == null || marker.value() < 0) {
                stack.peek().items.add(paragraph);
                continue;
            }
            while (stack.peek().rank() >= marker.rank() && stack.peek() != root) {
                stack.pop();
            }
            Node node = new Node(paragraph, marker);
            stack.peek().items.add(node);
            stack.push(node);
        }
        return root;
    }

    private void section(Node section) {
        if (section.rank() >= Marker.Type.AR1.rank || problemTitled(section) && !hasProblemChildren(section)) {
            problems(defaultAspect(), List.of(section), null);
            return;
        }
        if (numberedProblems && !bearsProblems(section)) {
            skipNode(section, Reason.NARRATIVE);
            return;
        }
        if (narrative(section)) {
            skipNode(section, Reason.NARRATIVE);
            return;
        }
        if (container(section)) {
            for (Object item : section.items) {
                if (item instanceof Node node) {
                    aspect(node, section.title());
                } else {
                    skipText((String) item, Reason.NARRATIVE);
                }
            }
            return;
        }
        aspect(section, DEFAULT_ASPECT);
    }

    private void aspect(Node node, String fallback) {
        if (narrative(node)) {
            skipNode(node, Reason.NARRATIVE);
            return;
        }
        List<Node> kids = node.children();
        if (problemTitled(node) && !hasProblemChildren(node)) {
            problems(aspectNamed(fallback, null), List.of(node), null);
            return;
        }
        if (kids.isEmpty()) {
            enumerated(node, fallback);
            return;
        }
        Draft aspect = new Draft(node.title(), node.text);
        aspects.add(aspect);
        List<Node> run = new ArrayList<>();
        for (Object item : node.items) {
            if (item instanceof Node kid) {
                if (kid.rank() < Marker.Type.AR1.rank && !problemTitled(kid) && hasProblemChildren(kid)) {
                    problems(aspect, run, null);
                    run.clear();
                    for (Object groupItem : kid.items) {
                        if (!(groupItem instanceof Node)) {
                            skipText((String) groupItem, Reason.UNPLACED);
                        }
                    }
                    problems(aspect, kid.children(), kid.title());
                } else {
                    run.add(kid);
                }
            } else if (run.isEmpty()) {
                skipText((String) item, Reason.NARRATIVE);
            } else {
                run.get(run.size() - 1).items.add(item);
            }
        }
        problems(aspect, run, null);
    }

    /** An aspect whose problems are "一是……二是……" inside its paragraphs; or else a problem on its own. */
    private void enumerated(Node node, String fallback) {
        List<String> text = new ArrayList<>();
        String rest = node.rest();
        int stop = rest.indexOf('。');
        String heading = stop > 0 ? rest.substring(0, stop) : rest;
        if (stop > 0 && stop < rest.length() - 1) {
            text.add(rest.substring(stop + 1));
        }
        node.items.forEach(i -> text.add((String) i));
        List<ProblemText.Heading> found = new ArrayList<>();
        for (String p : text) {
            found.addAll(ProblemText.enumeratedProblems(ProblemText.beforeEnumeration(p).isEmpty() ? p
                    : p.substring(ProblemText.beforeEnumeration(p).length())));
        }
        if (found.size() >= 2 && !report) {
            Draft aspect = new Draft(ProblemText.clean(heading), node.text);
            aspects.add(aspect);
            for (ProblemText.Heading h : found) {
                aspect.problems.add(new ParsedDocument.Problem(0, h.title(), h.description(), null, List.of(), null,
                        h.title() + (h.description() == null ? "" : "，" + h.description())));
            }
            return;
        }
        if (!node.items.isEmpty() || problemTitled(node) || NEGATIVE.matcher(heading).find()) {
            problems(aspectNamed(fallback, null), List.of(node), null);
        } else {
            skipNode(node, Reason.UNPLACED);
        }
    }

    /**
     * A run of problem headings under one aspect. A numbered paragraph that does not continue the problems' count
     * after a lead such as "整改措施：" is an item of the problem before it.
     */
    private void problems(Draft aspect, List<Node> nodes, String group) {
        if (nodes.isEmpty()) {
            return;
        }
        List<Node> merged = new ArrayList<>();
        int lastValue = 0;
        int listValue = 0;
        for (Node node : nodes) {
            Node previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            int value = node.marker.value();
            boolean sameKind = previous == null || node.marker.type() == merged.get(0).marker.type();
            boolean continuesProblems = previous == null
                    || sameKind && (value == lastValue + 1 || node.marker.type() == Marker.Type.ABOUT);
            boolean continuesList = previous != null && node.rank() == previous.rank()
                    && (listValue > 0 ? value == listValue + 1 : value == 1 && expectsList(previous));
            if (continuesList && !(continuesProblems && headingReadsAsProblem(node))) {
                previous.items.add(node);
                listValue = value;
                continue;
            }
            merged.add(node);
            lastValue = value;
            listValue = 0;
        }
        for (Node node : merged) {
            aspect.problems.add(problem(node, group));
        }
    }

    private static boolean expectsList(Node problem) {
        List<String> text = new ArrayList<>();
        problem.flatten(text);
        String last = text.get(text.size() - 1);
        return last.endsWith("：");
    }

    private ParsedDocument.Problem problem(Node node, String group) {
        ProblemText.Heading heading = ProblemText.problemHeading(node.rest());
        List<String> content = new ArrayList<>();
        node.flatten(content);
        List<String> source = new ArrayList<>(content);
        content.remove(0);
        if (heading.description() != null && (Leads.MEASURE.matcher(heading.description()).lookingAt()
                || Leads.DESCRIPTION.matcher(heading.description()).lookingAt() || Leads.STATUS.matcher(heading.description()).lookingAt()
                || report && heading.status() != null)) {
            // "1.关于……的问题。整改情况：……" in one paragraph, or "【已整改】1.……。已制定……" in a report: what follows
            // the title is read like a paragraph of its own (in a report with status words, the progress made)
            content.add(0, heading.description());
            heading = new ProblemText.Heading(heading.title(), null, heading.status());
        }
        ProblemStatus status = heading.status();
        StringBuilder description = new StringBuilder(heading.description() == null ? "" : heading.description());
        List<String> measures = new ArrayList<>();
        boolean measuring = report;
        boolean afterLead = false;
        boolean closed = false;
        for (String paragraph : content) {
            Reason reason = Passages.kindOf(paragraph);
            if (closed || reason == Reason.INSTRUCTION || reason == Reason.SIGNATURE) {
                closed = closed || reason == Reason.INSTRUCTION;
                source.remove(paragraph);
                skip(paragraph, reason == null ? Reason.UNPLACED : reason);
                continue;
            }
            String text = paragraph;
            Matcher lead;
            if ((lead = Leads.MEASURE.matcher(text)).find()) {
                measuring = true;
                afterLead = true;
                text = text.substring(lead.end()).strip();
            } else if ((lead = Leads.DESCRIPTION.matcher(text)).find()) {
                measuring = false;
                text = text.substring(lead.end()).strip();
            } else if ((lead = Leads.STATUS.matcher(text)).find()) {
                Matcher words = ProblemText.STATUS.matcher("（" + text.substring(lead.end()).replaceAll("[。；]$", "") + "）");
                if (status == null && words.find()) {
                    status = ProblemText.status(words.group(1));
                }
                continue;
            } else if (reason == Reason.DETAIL) {
                skip(paragraph, Reason.DETAIL);
                continue;
            } else if (ProblemText.STATUS.matcher(text).matches()) {
                Matcher words = ProblemText.STATUS.matcher(text);
                if (status == null && words.find()) {
                    status = ProblemText.status(words.group(1));
                }
                continue;
            }
            if (measuring) {
                Matcher trailing = ProblemText.STATUS.matcher(text);
                if (trailing.find() && text.substring(trailing.end()).replaceAll("[。；\\s]", "").isEmpty()) {
                    if (status == null) {
                        status = ProblemText.status(trailing.group(1));
                    }
                    text = text.substring(0, trailing.start()).strip();
                }
                Matcher words = ProblemText.leadingStatus(text);
                if (words != null) {
                    if (status == null) {
                        status = ProblemText.status(words.group(1));
                    }
                    text = text.substring(words.end());
                }
                measures.addAll(ProblemText.measures(text, afterLead));
            } else if (!text.isEmpty()) {
                if (!description.isEmpty()) {
                    description.append('\n');
                }
                description.append(text);
            }
        }
        return new ParsedDocument.Problem(0, heading.title(), description.isEmpty() ? null : description.toString(),
                status, measures, group, String.join("\n", source));
    }

    /** The aspect for problems that stand under none, made only when there are such problems. */
    private Draft defaultAspect(List<Node> problems) {
        return problems.isEmpty() ? null : defaultAspect();
    }

    private Draft defaultAspect() {
        if (defaultAspect == null) {
            defaultAspect = aspectNamed(DEFAULT_ASPECT, null);
        }
        return defaultAspect;
    }

    private Draft aspectNamed(String title, String source) {
        for (Draft aspect : aspects) {
            if (aspect.title.equals(title) && aspect.source == source) {
                return aspect;
            }
        }
        Draft aspect = new Draft(title, source);
        aspects.add(aspect);
        return aspect;
    }

    private static boolean narrative(Node node) {
        String title = node.title();
        return NARRATIVE.matcher(title).find() && !(title.contains("问题") && !title.contains("下一步"));
    }

    /** A section that only holds the aspects: a short heading naming the problems or their rectification. */
    private boolean container(Node node) {
        String title = node.title();
        if (CONTAINER.matcher(title).find() && title.length() <= 30 && !title.contains("方面")
                && !NEGATIVE.matcher(title.replace("问题", "")).find()) {
            return node.children().stream().anyMatch(kid -> hasProblemChildren(kid) || enumeratesProblems(kid));
        }
        return false;
    }

    /** Whether the heading's own words read as a problem: "……的问题", status words, "问题1：", "关于……的问题". */
    private static boolean headingReadsAsProblem(Node node) {
        ProblemText.Heading heading = ProblemText.heading(node.rest());
        return heading.status() != null || heading.title().endsWith("问题") || node.marker.type() == Marker.Type.ABOUT
                || node.marker.type() == Marker.Type.QUESTION;
    }

    /** Whether a heading reads as a problem: "……的问题", status words, or lead words under it. */
    private static boolean problemTitled(Node node) {
        ProblemText.Heading heading = ProblemText.heading(node.rest());
        if (heading.status() != null || heading.title().endsWith("问题") || node.marker.type() == Marker.Type.ABOUT
                || node.marker.type() == Marker.Type.QUESTION) {
            return true;
        }
        for (Object item : node.items) {
            if (item instanceof String text && (Leads.MEASURE.matcher(text).lookingAt() || Leads.DESCRIPTION.matcher(text).lookingAt()
                    || Leads.STATUS.matcher(text).lookingAt())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNumberedProblem(Node node) {
        return node.rank() == Marker.Type.AR1.rank || node.children().stream().anyMatch(StructureReader::hasNumberedProblem);
    }

    /** A numbered problem or a heading that reads as one, here or below. */
    private static boolean bearsProblems(Node node) {
        return node.rank() == Marker.Type.AR1.rank || problemTitled(node)
                || node.children().stream().anyMatch(StructureReader::bearsProblems);
    }

    /** Numbered items under a heading: its problems, or (under a problem) its items. */
    private static boolean hasProblemChildren(Node node) {
        return !node.children().isEmpty();
    }

    /** A heading without numbered items whose text counts its problems: "（一）……。一是……；二是……". */
    private boolean enumeratesProblems(Node node) {
        if (report || !node.children().isEmpty()) {
            return false;
        }
        String rest = node.rest();
        int stop = rest.indexOf('。');
        List<String> text = new ArrayList<>();
        if (stop > 0) {
            text.add(rest.substring(stop + 1));
        }
        node.items.forEach(i -> text.add((String) i));
        return text.stream().anyMatch(t -> ProblemText.enumeratedProblems(t.substring(ProblemText.beforeEnumeration(t).length())).size() >= 2);
    }

    private void skipNode(Node node, Reason reason) {
        List<String> text = new ArrayList<>();
        node.flatten(text);
        text.forEach(t -> skipText(t, reason));
    }

    private void skipText(String text, Reason reason) {
        Reason own = Passages.kindOf(text);
        skip(text, own == null || own == Reason.DETAIL ? reason : own);
    }

    private void skip(String text, Reason reason) {
        skipped.add(new ParsedDocument.Skipped(text, reason));
    }
}
