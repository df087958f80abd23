package rectify.intake;

import java.util.regex.Pattern;

import rectify.intake.ParsedDocument.Reason;

/** What a paragraph that is no item is: the sender's instruction, a signature or header line, or a detail line. */
final class Passages {

    private static final Pattern INSTRUCTION = Pattern.compile(
            "^(以上问题|以上反馈|以上意见|对以上|针对以上|上述问题|请(你|贵)?(单位|党组|党委|局|委|办|院|校|公司)|请.{0,20}(认真|对照|研究|抓好|制定|按照|于\\d|在\\d)|"
                    + "整改(落实)?情况.{0,30}(报送|报告|反馈)|巡察(组|办)将|区委巡察办将|市委巡察办将|对整改.{0,10}(不力|敷衍)|特此(反馈|通报|报告))");
    /** A date alone on its line, in digits or in Chinese numerals: 2023年5月10日, 二〇二四年六月十二日. */
    private static final String DATE_TEXT =
            "^\\d{4}年\\d{1,2}月\\d{1,2}日$|^[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$";
    private static final Pattern DATE = Pattern.compile(DATE_TEXT);
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(抄送|抄报|印发|主送|联系人|联系电话|联系方式|电话|附件|（此件|此件|签发人|签发|\\(此件).*"
                    + "|" + DATE_TEXT + "|^.{0,20}〔\\d{4}〕\\d+号$|^(密级|机密|秘密|内部|特急|加急|急件).{0,8}$"
                    + "|^[\\p{IsHan}（）]{2,40}(党组|党委|委员会|巡察组|巡视组|办公室|局|协会|中心|政府|领导小组|纪委|监委|公司|学校|医院|支部|总支|委|院|所|会|厅|部|处)(（印章）|（盖章）)?$"
                    + "|^[\\p{IsHan}（）]{2,40}(：)$|^[\\p{IsHan}]{2,40}文件$");

    private Passages() {
    }

    /** The reason to leave this paragraph out, or null where it is content. */
    static Reason kindOf(String paragraph) {
        if (INSTRUCTION.matcher(paragraph).lookingAt()) {
            return Reason.INSTRUCTION;
        }
        if (Leads.DETAIL.matcher(paragraph).lookingAt()) {
            return Reason.DETAIL;
        }
        if (paragraph.length() <= 60 && SIGNATURE.matcher(paragraph).lookingAt() && !Leads.ANY.matcher(paragraph).lookingAt()) {
            return Reason.SIGNATURE;
        }
        return null;
    }

    static boolean isDate(String line) {
        return DATE.matcher(line).matches();
    }

    static boolean isHeaderLine(String paragraph) {
        return paragraph.length() <= 60 && SIGNATURE.matcher(paragraph).lookingAt() && !paragraph.contains("关于")
                && !Leads.ANY.matcher(paragraph).lookingAt();
    }
}
