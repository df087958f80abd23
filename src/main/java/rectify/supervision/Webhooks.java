package rectify.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.org.OrgUnit;
import rectify.org.OrgUnits;
import rectify.shared.BusinessException;
import rectify.shared.EntityChanged;

/**
 * The group robots (企业微信 / 钉钉) a unit's daily reminders are posted to, kept by the system administrator. A
 * robot of a unit hears about the items of that unit and its departments.
 */
@Service
@Transactional
public class Webhooks {

    public record Webhook(long id, long unitId, String unitName, Channel kind, String url, boolean hasSecret,
                          boolean enabled, long version) {
    }

    public record Draft(Long unitId, Channel kind, String url, String secret, boolean enabled) {
    }

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Where robots may be: the public robot hosts of WeCom and DingTalk, or an organisation's own allow-list. */
    private final java.util.Set<String> allowedHosts;

    Webhooks(JdbcClient jdbc, OrgUnits units, ApplicationEventPublisher events, Clock clock,
             @org.springframework.beans.factory.annotation.Value(
                     "${rectify.webhooks.allowed-hosts:qyapi.weixin.qq.com,oapi.dingtalk.com}") java.util.Set<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.jdbc = jdbc;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    private static final String SELECT =
            "select w.*, u.name as unit_name from unit_webhook w join org_unit u on u.id = w.org_unit_id";

    @Transactional(readOnly = true)
    public List<Webhook> all() {
        return jdbc.sql(SELECT + " order by u.path, w.id").query(Webhooks::webhook).list();
    }

    private static Webhook webhook(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Webhook(rs.getLong("id"), rs.getLong("org_unit_id"), rs.getString("unit_name"),
                Channel.valueOf(rs.getString("kind")), Deliveries.masked(rs.getString("url")),
                rs.getString("secret") != null, rs.getBoolean("enabled"), rs.getLong("version"));
    }

    public Webhook add(Draft draft) {
        OrgUnit unit = check(draft);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into unit_webhook (org_unit_id, kind, url, secret, enabled, created_at)
                        values (:unit, :kind, :url, :secret, :enabled, :now)""")
                .param("unit", unit.getId()).param("kind", draft.kind().name()).param("url", draft.url().strip())
                .param("secret", blankToNull(draft.secret())).param("enabled", draft.enabled())
                .param("now", Timestamp.from(clock.instant())).update(key, "id");
        long id = key.getKey().longValue();
        events.publishEvent(EntityChanged.created("UnitWebhook", id, unit.getName() + " " + draft.kind(),
                described(unit, draft)));
        return get(id);
    }

    public Webhook update(long id, long expectedVersion, Draft draft) {
        Webhook before = get(id);
        OrgUnit unit = check(draft);
        String secret = blankToNull(draft.secret());
        int updated = jdbc.sql("""
                        update unit_webhook set org_unit_id = :unit, kind = :kind, url = :url, enabled = :enabled,
                          secret = coalesce(:secret, secret), version = version + 1 where id = :id and version = :version""")
                .param("unit", unit.getId()).param("kind", draft.kind().name()).param("url", draft.url().strip())
                .param("secret", secret).param("enabled", draft.enabled()).param("id", id)
                .param("version", expectedVersion).update();
        if (updated == 0) {
            throw BusinessException.staleVersion();
        }
        events.publishEvent(EntityChanged.updated("UnitWebhook", id, unit.getName() + " " + draft.kind(),
                Map.of("unitId", before.unitId(), "kind", before.kind().name(), "url", before.url(),
                        "enabled", before.enabled()), described(unit, draft)));
        return get(id);
    }

    /** Switches a robot off or on, keeping its address and secret. */
    public Webhook setEnabled(long id, long expectedVersion, boolean enabled) {
        Webhook before = get(id);
        if (jdbc.sql("update unit_webhook set enabled = :enabled, version = version + 1 where id = :id and version = :version")
                .param("enabled", enabled).param("id", id).param("version", expectedVersion).update() == 0) {
            throw BusinessException.staleVersion();
        }
        events.publishEvent(EntityChanged.updated("UnitWebhook", id, before.unitName() + " " + before.kind(),
                Map.of("enabled", before.enabled()), Map.of("enabled", enabled)));
        return get(id);
    }

    public void delete(long id, long expectedVersion) {
        Webhook before = get(id);
        if (jdbc.sql("delete from unit_webhook where id = :id and version = :version").param("id", id)
                .param("version", expectedVersion).update() == 0) {
            throw BusinessException.staleVersion();
        }
        events.publishEvent(EntityChanged.deleted("UnitWebhook", id, before.unitName() + " " + before.kind(),
                Map.of("unitId", before.unitId(), "kind", before.kind().name(), "url", before.url())));
    }

    @Transactional(readOnly = true)
    public Webhook get(long id) {
        return jdbc.sql(SELECT + " where w.id = :id").param("id", id).query(Webhooks::webhook).optional()
                .orElseThrow(BusinessException::notFound);
    }

    /** The enabled robots with their full URL and secret, for the reminder job. */
    @Transactional(readOnly = true)
    List<Target> targets() {
        return jdbc.sql("""
                        select w.kind, w.url, w.secret, u.path, u.name from unit_webhook w
                        join org_unit u on u.id = w.org_unit_id where w.enabled = true order by u.path, w.id""")
                .query((rs, n) -> new Target(Channel.valueOf(rs.getString("kind")), rs.getString("url"),
                        rs.getString("secret"), rs.getString("path"), rs.getString("name")))
                .list();
    }

    record Target(Channel kind, String url, String secret, String unitPath, String unitName) {
    }

    private OrgUnit check(Draft draft) {
        if (draft.unitId() == null || draft.kind() == null || draft.kind() == Channel.EMAIL) {
            throw BusinessException.rule("webhook.rule.required");
        }
        String url = draft.url() == null ? "" : draft.url().strip();
        if (!(url.startsWith("https://") || url.startsWith("http://")) || url.length() > 1000) {
            throw BusinessException.rule("webhook.rule.url");
        }
        // a robot address never points into the organisation's own network (no request forgery through reminders)
        String host;
        try {
            host = java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            throw BusinessException.rule("webhook.rule.url");
        }
        if (host == null || !allowedHosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            throw BusinessException.rule("webhook.rule.host", String.join("、", allowedHosts.stream().sorted().toList()));
        }
        return units.find(draft.unitId()).orElseThrow(() -> BusinessException.rule("webhook.rule.unit"));
    }

    private static Map<String, Object> described(OrgUnit unit, Draft draft) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unitId", unit.getId());
        after.put("kind", draft.kind().name());
        after.put("url", Deliveries.masked(draft.url().strip()));
        after.put("enabled", draft.enabled());
        return after;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
