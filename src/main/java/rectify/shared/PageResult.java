package rectify.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as the API returns it ({@code content}, {@code totalElements}) and the pages show it.
 * {@code totalExact} is false where a very long list's total was counted a little earlier rather than now
 * (the ledger of a whole province): the pages then say "约". {@code next}, where a list offers it, is the cursor
 * of the page after this one ({@code after=…}): it continues right after this page's last row however many rows
 * were added meanwhile; null on the last page.
 */
public record PageResult<T>(List<T> content, long totalElements, int page, int size, boolean totalExact,
                            String next) {

    public PageResult(List<T> content, long totalElements, int page, int size) {
        this(content, totalElements, page, size, true, null);
    }

    public PageResult(List<T> content, long totalElements, int page, int size, boolean totalExact) {
        this(content, totalElements, page, size, totalExact, null);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }

    /**
     * The page numbers a pager offers (0-based): the first, the last, and two either side of this one; a gap between
     * them is -1 ("…").
     */
    public List<Integer> pageNumbers() {
        int last = totalPages() - 1;
        java.util.List<Integer> numbers = new java.util.ArrayList<>();
        for (int p = 0; p <= last; p++) {
            if (p == 0 || p == last || Math.abs(p - page) <= 2) {
                if (!numbers.isEmpty() && numbers.get(numbers.size() - 1) != p - 1) {
                    numbers.add(-1);
                }
                numbers.add(p);
            } else if (p < page - 2) {
                p = page - 3;
            } else {
                p = last - 1;
            }
        }
        return numbers;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return next != null || page + 1 < totalPages();
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(content.stream().map(mapper).toList(), totalElements, page, size, totalExact, next);
    }

    public static <T> PageResult<T> of(org.springframework.data.domain.Page<T> page) {
        return new PageResult<>(page.getContent(), page.getTotalElements(), page.getNumber(), page.getSize());
    }
}
