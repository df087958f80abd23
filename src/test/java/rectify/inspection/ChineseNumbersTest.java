package rectify.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How documents count and enumerate: the one convention every report, summary and the demo use. */
class ChineseNumbersTest {

    @Test
    void numbersAreWrittenAsDocumentsWriteThem() {
        assertThat(ChineseNumbers.of(1)).isEqualTo("一");
        assertThat(ChineseNumbers.of(10)).isEqualTo("十");
        assertThat(ChineseNumbers.of(11)).isEqualTo("十一");
        assertThat(ChineseNumbers.of(21)).isEqualTo("二十一");
    }

    @Test
    void itemsAreEnumeratedWithSemicolonsAndAFullStop() {
        assertThat(ChineseNumbers.enumerate(List.of("修订学习制度。", "建立台账；", "每季度通报")))
                .isEqualTo("一是修订学习制度；二是建立台账；三是每季度通报。");
        assertThat(ChineseNumbers.enumerate(List.of("修订学习制度")))
                .as("a single measure stands alone").isEqualTo("修订学习制度。");
    }
}
