package rectify.supervision;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a markdown message to a 企业微信 or 钉钉 group robot in the JSON each expects. Both answer 200 with an
 * {@code errcode}; anything but 0 counts as a failure so the delivery is retried and its error kept. A 钉钉 robot with
 * 加签 gets the timestamp and HMAC-SHA256 signature in its URL.
 */
@Component
class WebhookSender implements ChannelSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final JsonMapper json;
    private final Clock clock;

    WebhookSender(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    String payload(Channel channel, String subject, String markdown) {
        Object body = switch (channel) {
            case WECOM -> Map.of("msgtype", "markdown", "markdown", Map.of("content", markdown));
            case DINGTALK -> Map.of("msgtype", "markdown", "markdown", Map.of("title", subject, "text", markdown));
            case EMAIL -> throw new IllegalArgumentException("not a webhook channel");
        };
        return json.writeValueAsString(body);
    }

    @Override
    public java.util.Set<Channel> channels() {
        return java.util.Set.of(Channel.WECOM, Channel.DINGTALK);
    }

    @Override
    public void send(Delivery delivery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(signed(delivery)))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload(delivery.channel(), delivery.subject(),
                        delivery.body()), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        JsonNode answer = response.body().isBlank() ? null : json.readTree(response.body());
        if (answer != null && answer.has("errcode") && answer.get("errcode").asInt() != 0) {
            throw new IllegalStateException("errcode " + answer.get("errcode").asInt() + " "
                    + (answer.has("errmsg") ? answer.get("errmsg").asString() : ""));
        }
    }

    private String signed(ChannelSender.Delivery delivery) throws Exception {
        if (delivery.channel() != Channel.DINGTALK || delivery.secret() == null || delivery.secret().isBlank()) {
            return delivery.target();
        }
        long timestamp = clock.millis();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(delivery.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] signature = mac.doFinal((timestamp + "\n" + delivery.secret()).getBytes(StandardCharsets.UTF_8));
        String sign = URLEncoder.encode(Base64.getEncoder().encodeToString(signature), StandardCharsets.UTF_8);
        return delivery.target() + (delivery.target().contains("?") ? "&" : "?") + "timestamp=" + timestamp
                + "&sign=" + sign;
    }
}
