package rectify.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The pager's numbers: the first, the last, two either side of the current page, and gaps between. */
class PageResultTest {

    static List<Integer> numbers(long total, int page, int size) {
        return new PageResult<>(List.of(), total, page, size).pageNumbers();
    }

    @Test
    void offersTheFirstTheLastAndTheNeighboursWithGaps() {
        assertThat(numbers(0, 0, 20)).isEmpty();
        assertThat(numbers(50, 0, 20)).containsExactly(0, 1, 2);
        assertThat(numbers(1000, 0, 20)).containsExactly(0, 1, 2, -1, 49);
        assertThat(numbers(1000, 25, 20)).containsExactly(0, -1, 23, 24, 25, 26, 27, -1, 49);
        assertThat(numbers(1000, 49, 20)).containsExactly(0, -1, 47, 48, 49);
        assertThat(numbers(1000, 3, 20)).containsExactly(0, 1, 2, 3, 4, 5, -1, 49);
    }
}
