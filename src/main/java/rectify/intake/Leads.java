package rectify.intake;

import java.util.regex.Pattern;

/**
 * The lead words that open a paragraph of a problem and say what follows: its measures (整改情况：), its description
 * (具体表现：), its status (整改状态：), or a field of a plan (责任单位：, 完成时限：). One home for the vocabulary that
 * joining lines, classifying passages and reading problems all ask about.
 */
final class Leads {

    private static final String MEASURE_WORDS = "整改情况|整改措施|整改落实情况|具体整改情况|整改进展|进展情况|落实情况|主要措施"
            + "|采取措施|整改举措|具体措施|整改完成情况|整改结果|整改成效|落实结果|处理情况";
    private static final String DESCRIPTION_WORDS = "具体表现|问题表现|主要表现|存在问题|问题描述|表现为|表现在";

    /** "整改情况：" and its kin: what follows is the measures. */
    static final Pattern MEASURE = lead(MEASURE_WORDS);
    /** "具体表现：" and its kin: what follows is the description. */
    static final Pattern DESCRIPTION = lead(DESCRIPTION_WORDS);
    /** "整改状态：" — status words follow. */
    static final Pattern STATUS = Pattern.compile("^(整改状态)\\s*[：]\\s*");
    /** Any lead that starts a paragraph of its own where lines are joined. */
    static final Pattern ANY = lead(MEASURE_WORDS + "|" + DESCRIPTION_WORDS
            + "|整改目标|整改状态|责任领导|责任单位|责任部门|责任人|完成时限|整改时限");
    /** One-line fields of a plan or a progress notice: "整改状态：已完成", "责任单位：办公室". */
    static final Pattern FIELD = lead("整改状态|责任领导|责任单位|责任部门|责任人|责任科室|牵头单位|牵头领导|配合单位|完成时限"
            + "|整改时限|整改期限");
    /** Responsibility and deadline lines the ledger asks for separately: left out of the problem's text. */
    static final Pattern DETAIL = lead("责任领导|责任单位|责任部门|责任人|责任科室|牵头单位|牵头领导|牵头部门|配合单位|协办单位"
            + "|完成时限|整改时限|整改期限|整改目标|整改责任人|督办领导");

    private Leads() {
    }

    private static Pattern lead(String words) {
        return Pattern.compile("^(" + words + ")\\s*[：]");
    }
}
