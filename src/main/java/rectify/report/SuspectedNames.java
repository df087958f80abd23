package rectify.report;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of people written into free text that no account knows: a common surname and one or two characters,
 * followed by the title people are called by in official writing (同志, 书记, 局长 …) or preceded by the role they
 * hold (责任人, 联系人 …). What this finds is masked in the public version unless the user says it is no name.
 */
final class SuspectedNames {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String TITLES = "同志|书记|副书记|局长|副局长|主任|副主任|科长|副科长|部长|副部长|组长|副组长|队长|校长|院长|所长|站长|主席|委员|老师|医生";
    private static final Pattern BEFORE_TITLE = Pattern.compile(
            "([" + SURNAMES + "][\\p{IsHan}]{1,2}?)(?=" + TITLES + ")");
    private static final Pattern AFTER_ROLE = Pattern.compile(
            "(?:责任人|联系人|经办人|负责人|承办人|分管领导)[：:为是]?([" + SURNAMES + "][\\p{IsHan}]{1,2})(?=[，。；、（）\\s]|$)");
    /** Words that look like a surname and a name but are not: 同志 after a role, 主任 after a unit … */
    private static final Set<String> NOT_NAMES = Set.of("党组", "全体", "各位", "有关", "相关", "分管", "主要", "班子");
    /** A surname that is the end of a word with the character before it (担任, 提高, 方向 …) starts no name. */
    private static final Set<String> WORDS_BEFORE = Set.of("担任", "兼任", "现任", "时任", "曾任", "出任", "继任", "接任",
            "专任", "责任", "信任", "主任", "提高", "最高", "较高", "升高", "方向", "指向", "走向", "面向", "导向", "倾向",
            "文史", "党史", "历史", "长江", "浙江", "金石", "公路", "小组", "支部");

    private SuspectedNames() {
    }

    static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (Pattern pattern : new Pattern[] {BEFORE_TITLE, AFTER_ROLE}) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                String word = m.start(1) > 0 ? text.substring(m.start(1) - 1, m.start(1) + 1) : "";
                if (name.length() >= 2 && !NOT_NAMES.contains(name) && !WORDS_BEFORE.contains(word)) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
