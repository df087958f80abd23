package rectify.security;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.LifecycleFlows;

/**
 * What every answer carries and what is open to whom: a Content-Security-Policy that lets no inline script run and a
 * Referrer-Policy on pages and API; the API documentation only for signed-in users; evidence never cached; robot
 * addresses only at the public robot hosts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SurfacesTest extends rectify.support.ApiTest {

    HttpResponse<String> raw(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesAndApiCarryAPolicyThatRunsNoInlineScriptAndSendNoReferrerAway() throws Exception {
        for (String path : List.of("/login", "/api/v1/me")) {
            HttpResponse<String> answer = raw(path);
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'").doesNotContain("unsafe-inline' 'self'")
                    .contains("frame-ancestors 'none'");
            assertThat(csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src"))))
                    .doesNotContain("unsafe");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
    }

    @Test
    void theApiDocumentationIsForSignedInUsersOnly() throws Exception {
        HttpResponse<String> anonymous = raw("/v3/api-docs");
        assertThat(anonymous.statusCode()).isIn(302, 401);
        assertThat(anonymous.body()).doesNotContain("\"paths\"");
    }

    @Test
    void evidenceIsNeverCachedAndItsDownloadIsAudited() {
        LifecycleFlows flows = new LifecycleFlows(this.anonymous);
        long problem = flows.approvedPlan("TIME_LIMITED");
        long measure = flows.office.get("/api/v1/problems/" + problem).json().get("measures").get(0).get("id").asLong();
        long attachment = flows.finishWithEvidence(problem, measure);
        var download = flows.responsible.download("/api/v1/attachments/" + attachment);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode reads = as(AUDIT_ADMIN).get("/api/v1/audit-events?action=READ&entityType=Attachment&entityId="
                + attachment).json().get("content");
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).get("actor").asString()).isEqualTo(KEXIE_RESPONSIBLE);
    }

    @Test
    void robotsAreOnlyAtThePublicRobotHosts() {
        ApiClient sys = as(SYSTEM_ADMIN);
        long unit = unitId(sys, "石龙区科学技术协会");
        for (String url : List.of("http://169.254.169.254/latest/meta-data", "http://10.0.0.8:8080/admin",
                "https://intranet.example.gov.cn/hook", "file:///etc/passwd")) {
            var refused = sys.post("/api/v1/admin/webhooks", """
                    {"unitId":%d,"kind":"WECOM","url":"%s"}""".formatted(unit, url));
            assertThat(refused.status()).as(url).isEqualTo(422);
            assertThat(refused.message()).as(url).isNotBlank();
        }
        var allowed = sys.post("/api/v1/admin/webhooks", """
                {"unitId":%d,"kind":"WECOM","url":"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc"}"""
                .formatted(unit));
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(201);
    }

    @Test
    void aRefusedMultiFileUploadLeavesNoFileOnDisk() throws Exception {
        LifecycleFlows flows = new LifecycleFlows(this.anonymous);
        long problem = flows.approvedPlan("TIME_LIMITED");
        long measure = flows.office.get("/api/v1/problems/" + problem).json().get("measures").get(0).get("id").asLong();
        // a photo nobody has uploaded before, then a file that is refused
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(32, 32,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 5, (int) (Math.random() * 0xFFFFFF));
        image.setRGB(7, 9, (int) System.nanoTime());
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(png.toByteArray()));
        var refused = flows.responsible.postMultipart("/api/v1/measures/" + measure + "/progress",
                java.util.Map.of("text", "现场照片和说明"), List.of(
                        new ApiClient.FilePart("files", "现场.png", png.toByteArray()),
                        new ApiClient.FilePart("files", "说明.exe", "MZ not a document".getBytes())));
        assertThat(refused.status()).isEqualTo(415);
        java.nio.file.Path stored = java.nio.file.Path.of("target/test-data/evidence", sha.substring(0, 2),
                sha.substring(2, 4), sha);
        assertThat(stored).as("the photo of a refused upload is not kept").doesNotExist();
    }

    @Test
    void oddInputsGetASentenceNeverA500() throws Exception {
        assertThat(raw("/error").statusCode()).as("GET /error").isLessThan(500);
        LifecycleFlows flows = new LifecycleFlows(this.anonymous);
        long[] planned = flows.plannedProblem("TIME_LIMITED");
        long inspection = planned[2];
        long category = flows.office.get("/api/v1/inspections/" + inspection + "/categories").json().get(0).get("id")
                .asLong();
        var nulls = flows.office.post("/api/v1/inspections/" + inspection + "/problems", """
                {"categoryId":%d,"title":"关于空值的问题","responsibleUserIds":[null],"responsibleUnitIds":[null]}"""
                .formatted(category));
        assertThat(nulls.status()).as(nulls.toString()).isBetween(400, 499);
        var nul = flows.responsible.postMultipart("/api/v1/measures/" + planned[1] + "/progress",
                java.util.Map.of("text", "进展"), List.of(new ApiClient.FilePart("files", "现场\u0000.png",
                        rectify.support.TestFiles.png())));
        assertThat(nul.status()).as(nul.toString()).isBetween(400, 499);
        var huge = flows.responsible.postMultipart("/api/v1/measures/" + planned[1] + "/progress",
                java.util.Map.of("text", "长".repeat(1_000_000)), List.of());
        assertThat(huge.status()).as("a 1 MB field").isBetween(400, 499);
        // % and _ in a search are characters, not wildcards (LedgerApiContract finds the titles that hold them)
        String own = "/api/v1/problems?size=1&inspectionId=" + inspection;
        assertThat(flows.office.get(own + "&q=%25").json().get("totalElements").asLong()).isZero();
        assertThat(flows.office.get(own + "&q=_").json().get("totalElements").asLong()).isZero();
    }
}
