package rectify.supervision.api;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import rectify.shared.web.ApiVersions;
import rectify.supervision.Channel;
import rectify.supervision.Webhooks;

/** The units' group robots (企业微信 / 钉钉), kept by the system administrator. */
@RestController
@RequestMapping("/api/v1/admin/webhooks")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class WebhookApi {

    private final Webhooks webhooks;

    WebhookApi(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record WebhookRequest(Long unitId, Channel kind, String url, String secret, Boolean enabled, Long version) {
        Webhooks.Draft draft() {
            return new Webhooks.Draft(unitId, kind, url, secret, enabled == null || enabled);
        }
    }

    @GetMapping
    List<Webhooks.Webhook> all() {
        return webhooks.all();
    }

    @PostMapping
    ResponseEntity<Webhooks.Webhook> add(@RequestBody WebhookRequest request) {
        Webhooks.Webhook created = webhooks.add(request.draft());
        return ResponseEntity.created(java.net.URI.create("/api/v1/admin/webhooks/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    Webhooks.Webhook update(@PathVariable long id, @RequestBody WebhookRequest request) {
        return webhooks.update(id, ApiVersions.required(request.version()), request.draft());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam long version) {
        webhooks.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
