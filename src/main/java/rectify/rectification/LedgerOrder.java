package rectify.rectification;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import rectify.inspection.ProblemSql;
import rectify.shared.BusinessException;

/**
 * The ledger's order for each offered sort, as the keys it sorts by, and the way to continue after a row: a
 * cursor holding the last row's key values, so the next page starts right after that row however many rows were
 * added or closed before it (keyset paging) instead of counting rows again from the start (OFFSET). The last keys
 * (inspection, number) make every row's place unique.
 */
final class LedgerOrder {

    /** One key of an order: an SQL expression, its direction, and whether it can be empty (sorted last). */
    record Key(String expression, boolean descending, boolean nullable) {
    }

    private static final String CLOSED_LAST = "(case when p.status = 'CLOSED' then 1 else 0 end)";
    private static final String SEPARATOR = "\u001f";

    private final LedgerQuery.Sort sort;
    private final boolean descending;
    private final List<Key> keys;

    LedgerOrder(LedgerQuery query) {
        this.sort = query.sort();
        this.descending = query.descending();
        boolean d = descending;
        this.keys = switch (sort) {
            case SEQ -> List.of(new Key("p.inspection_id", true, false), new Key("p.seq", d, false));
            case DEADLINE -> List.of(new Key("p.deadline", d, true), new Key("p.inspection_id", true, false),
                    new Key("p.seq", false, false));
            case STATUS -> List.of(new Key("p.status", d, false), new Key("p.inspection_id", true, false),
                    new Key("p.seq", false, false));
            case WARNING -> List.of(new Key(CLOSED_LAST, false, false), new Key(ProblemSql.DUE, d, true),
                    new Key("p.inspection_id", true, false), new Key("p.seq", false, false));
            case CATEGORY -> List.of(new Key("p.inspection_id", true, false), new Key("c.seq", d, false),
                    new Key("p.seq", false, false));
        };
    }

    /** Whether this is the ledger's default order (newest inspection first, then by number). */
    boolean isDefault() {
        return sort == LedgerQuery.Sort.SEQ && !descending;
    }

    String orderBy() {
        return orderBy(keys.stream().map(Key::expression).toList());
    }

    /** The same order over the key columns {@link #keyColumns()} names, for rows already read with them. */
    String orderByKeyColumns() {
        return orderBy(keyColumnNames());
    }

    private String orderBy(List<String> sortedBy) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            parts.add(sortedBy.get(i) + (key.descending() ? " desc" : " asc") + (key.nullable() ? " nulls last" : ""));
        }
        return " order by " + String.join(", ", parts);
    }

    /**
     * Every {@code every}-th row's key values, in this order, of the rows {@code fromWhere} matches: the places a
     * jump to a page far down starts reading from, so it skips at most {@code every} rows instead of all before it.
     */
    String everyNth(String fromWhere) {
        return "select " + String.join(", ", keyColumnNames()) + " from (select " + keyColumns() + ", row_number() over ("
                + orderBy().strip() + ") as place" + fromWhere + ") ordered where mod(place, :every) = 0 order by place";
    }

    /** The keys as columns {@code k0, k1…} of a select list, to read the last row's place from. */
    String keyColumns() {
        List<String> columns = new ArrayList<>();
        List<String> names = keyColumnNames();
        for (int i = 0; i < keys.size(); i++) {
            columns.add(keys.get(i).expression() + " as " + names.get(i));
        }
        return String.join(", ", columns);
    }

    private List<String> keyColumnNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            names.add("k" + i);
        }
        return names;
    }

    /**
     * The condition "after the row the cursor names" in this order: after it on the first key, or equal on the
     * first and after it on the second, and so on. Empty values sort last, so nothing that has a value comes after
     * an empty one. The first key's bound is said on its own too, so the database starts reading the matching index
     * there.
     */
    String after(List<Object> values, Map<String, Object> params) {
        List<String> branches = new ArrayList<>();
        List<String> equalSoFar = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            Object value = values.get(i);
            String name = "after" + i;
            if (value != null) {
                params.put(name, value);
            }
            String beyond = value == null ? null : key.expression() + (key.descending() ? " < :" : " > :") + name
                    + (key.nullable() ? " or " + key.expression() + " is null" : "");
            if (beyond != null) {
                List<String> branch = new ArrayList<>(equalSoFar);
                branch.add("(" + beyond + ")");
                branches.add("(" + String.join(" and ", branch) + ")");
            }
            equalSoFar.add(value == null ? key.expression() + " is null" : key.expression() + " = :" + name);
        }
        Key first = keys.get(0);
        Object firstValue = values.get(0);
        String bound = firstValue == null ? first.expression() + " is null"
                : "(" + first.expression() + (first.descending() ? " <= :" : " >= :") + "after0"
                + (first.nullable() ? " or " + first.expression() + " is null" : "") + ")";
        return branches.isEmpty() ? " and 1 = 0" : " and " + bound + " and (" + String.join(" or ", branches) + ")";
    }

    /** The cursor of a row, from its key columns: the order it belongs to and each key's value with its type. */
    String cursorOf(List<Object> values) {
        StringBuilder text = new StringBuilder(sort.name()).append(descending ? "-" : "+");
        for (Object value : values) {
            text.append(SEPARATOR).append(encode(value));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(Object value) {
        if (value == null) {
            return "N";
        }
        if (value instanceof Integer n) {
            return "I" + n;
        }
        if (value instanceof Number n) {
            return "L" + n.longValue();
        }
        if (value instanceof java.sql.Date date) {
            return "D" + date.toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return "D" + date;
        }
        return "S" + value;
    }

    /** The key values of the row a cursor names, refused in words when it is not a cursor of this order. */
    List<Object> decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1);
            if (!parts[0].equals(sort.name() + (descending ? "-" : "+")) || parts.length != keys.size() + 1) {
                throw BusinessException.badRequest("ledger.rule.cursor");
            }
            List<Object> values = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                String part = parts[i];
                String text = part.substring(1);
                values.add(switch (part.charAt(0)) {
                    case 'N' -> null;
                    case 'I' -> Integer.valueOf(text);
                    case 'L' -> Long.valueOf(text);
                    case 'D' -> LocalDate.parse(text);
                    case 'S' -> text;
                    default -> throw BusinessException.badRequest("ledger.rule.cursor");
                });
            }
            return values;
        } catch (IllegalArgumentException | java.time.DateTimeException | StringIndexOutOfBoundsException e) {
            throw BusinessException.badRequest("ledger.rule.cursor");
        }
    }

    int keyCount() {
        return keys.size();
    }
}
