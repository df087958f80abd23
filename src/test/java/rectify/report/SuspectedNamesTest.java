package rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names of people in free text, by the titles and roles official writing gives them. */
class SuspectedNamesTest {

    @Test
    void namesBeforeTitlesAndAfterRolesAreFound() {
        assertThat(SuspectedNames.in("由王大明同志具体负责，刘建国局长审核，联系人：陈晓，分管领导为周婷。"))
                .containsExactly("王大明", "刘建国", "陈晓", "周婷");
    }

    @Test
    void theWordsOfOfficialWritingAreNoNames() {
        assertThat(SuspectedNames.in("区科协党组书记带头，全体同志参加，班子成员分工负责，主要领导亲自抓。")).isEmpty();
        assertThat(SuspectedNames.in("高度重视，及时召开整改专题会议，建立问题台账。")).isEmpty();
        assertThat(SuspectedNames.in("由党组成员兼任科协主席，提高党员干部素质。")).isEmpty();
    }
}
