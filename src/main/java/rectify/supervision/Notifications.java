package rectify.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.org.CurrentUser;
import rectify.shared.BusinessException;
import rectify.shared.PageResult;

/**
 * Each person's inbox. A person only ever reads and marks their own notifications; another person's is a 404.
 */
@Service
@Transactional
public class Notifications {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    Notifications(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<Notification> inbox(boolean unreadOnly, int page, int size) {
        long me = CurrentUser.require().id();
        int pageSize = Math.min(Math.max(1, size), 100);
        int pageNo = Math.max(0, page);
        String where = " where recipient_id = :me" + (unreadOnly ? " and read_at is null" : "");
        long total = jdbc.sql("select count(*) from notification" + where).param("me", me).query(Long.class).single();
        List<Notification> rows = jdbc.sql("select * from notification" + where
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .param("me", me).param("limit", pageSize).param("offset", (long) pageNo * pageSize)
                .query((rs, n) -> notification(rs, List.of())).list();
        return new PageResult<>(withItems(rows), total, pageNo, pageSize);
    }

    @Transactional(readOnly = true)
    public Notification get(long id) {
        long me = CurrentUser.require().id();
        List<Notification> found = jdbc.sql("select * from notification where id = :id and recipient_id = :me")
                .param("id", id).param("me", me).query((rs, n) -> notification(rs, List.of())).list();
        if (found.isEmpty()) {
            throw BusinessException.notFound();
        }
        return withItems(found).get(0);
    }

    /**
     * Every page's bell asks: one statement, in the caller's transaction if there is one and without starting one
     * if not (a read-only transaction of its own is a begin, a commit and the connection set read-only and back).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public long unreadCount(long userId) {
        return jdbc.sql("select count(*) from notification where recipient_id = :me and read_at is null")
                .param("me", userId).query(Long.class).single();
    }

    /** Marks one of the caller's notifications read; reading it twice changes nothing. */
    public Notification markRead(long id) {
        Notification notification = get(id);
        jdbc.sql("update notification set read_at = :now where id = :id and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        return get(notification.id());
    }

    public int markAllRead() {
        return jdbc.sql("update notification set read_at = :now where recipient_id = :me and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("me", CurrentUser.require().id()).update();
    }

    /** Puts a notification in a person's inbox and answers its id. */
    long add(long recipientId, Notification.Kind kind, String title, String body, String link, LocalDate digestDay,
             List<Notification.Item> items) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into notification (recipient_id, kind, title, body, link, digest_day, created_at)
                        values (:recipient, :kind, :title, :body, :link, :day, :now)""")
                .param("recipient", recipientId).param("kind", kind.name()).param("title", clip(title, 300))
                .param("body", clip(body, 4000)).param("link", link).param("day", digestDay)
                .param("now", Timestamp.from(clock.instant()))
                .update(key, "id");
        long id = key.getKey().longValue();
        // a province's morning run writes tens of thousands of digest lines: one round trip per digest, not per line
        List<Object[]> rows = new ArrayList<>(items.size());
        int seq = 0;
        for (Notification.Item item : items) {
            rows.add(new Object[] {id, ++seq, item.section().name(), clip(item.title(), 600), item.unitName(),
                    item.dueDate() == null ? null : java.sql.Date.valueOf(item.dueDate()), item.link()});
        }
        batch.batchUpdate("""
                insert into notification_item (notification_id, seq, section, title, unit_name, due_date, link)
                values (?, ?, ?, ?, ?, ?, ?)""", rows, new int[] {Types.BIGINT, Types.INTEGER, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR});
        return id;
    }

    private List<Notification> withItems(List<Notification> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Notification.Item>> items = new HashMap<>();
        jdbc.sql("select * from notification_item where notification_id in (:ids) order by notification_id, seq")
                .param("ids", rows.stream().map(Notification::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong("notification_id"), new Notification.Item(
                        Notification.Section.valueOf(rs.getString("section")), rs.getString("title"),
                        rs.getString("unit_name"), rs.getObject("due_date", LocalDate.class), rs.getString("link"))))
                .list().forEach(e -> items.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(n -> new Notification(n.id(), n.recipientId(), n.kind(), n.title(), n.body(), n.link(),
                n.digestDay(), n.createdAt(), n.readAt(), items.getOrDefault(n.id(), List.of()))).toList();
    }

    private static Notification notification(ResultSet rs, List<Notification.Item> items) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(rs.getLong("id"), rs.getLong("recipient_id"),
                Notification.Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"),
                rs.getString("link"), rs.getObject("digest_day", LocalDate.class), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant(), items);
    }


    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
