package rectify.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import rectify.support.BrowserTest;
import rectify.support.DemoUsers;

/**
 * Not a test: each page of the demo data as the inspection office sees it, timed twice: the server's answer over
 * HTTP (the page's HTML, signed in, one request at a time after warm-up) and the browser's load in Chromium (from
 * navigation to the load event, static files cached as after a first visit). Figures go to
 * {@code bench/results/pages-h2.md}.
 */
@Tag("bench")
class PagesBenchmark extends BrowserTest {

    @Test
    void timeEveryPage() throws Exception {
        signIn(DemoUsers.INSPECTION_OFFICE);
        page.navigate(url("/ledger?sort=WARNING&size=20"));
        String problem = page.locator("#ledger-table tbody tr a").first().getAttribute("href");
        page.navigate(url("/inspections"));
        String inspection = page.locator("#inspection-table a").first().getAttribute("href");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("工作台 /", "/");
        pages.put("问题台账 /ledger", "/ledger?sort=WARNING&size=20");
        pages.put("问题台账 100 行", "/ledger?sort=WARNING&size=100");
        pages.put("巡察列表 /inspections", "/inspections");
        pages.put("巡察 /inspections/{id}", inspection);
        pages.put("问题 /problems/{id}", problem);
        pages.put("统计看板 /dashboard", "/dashboard");
        pages.put("待我审核 /reviews", "/reviews");
        pages.put("督办单 /supervision-orders", "/supervision-orders");
        pages.put("消息 /notifications", "/notifications");

        String cookies = String.join("; ", context.cookies().stream().map(c -> c.name + "=" + c.value).toList());
        HttpClient http = HttpClient.newHttpClient();
        StringBuilder md = new StringBuilder("# Pages\n\n`bash bench/pages.sh`: every page of the demo data as the"
                + " inspection office sees it (H2, " + Runtime.getRuntime().availableProcessors() + " cores). Server: the"
                + " page's HTML over HTTP with the session cookie, 3 warm-up requests, 20 timed, one at a time. Browser:"
                + " Chromium at 1366×860, navigation start to the load event, after a first visit (static files cached),"
                + " median of 5. Aim: server ≤ 50 ms, browser ≤ 400 ms.\n\n"
                + "| page | server median ms | server p95 ms | browser load median ms |\n|---|---|---|---|\n");
        for (var entry : pages.entrySet()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url(entry.getValue()))).header("Cookie", cookies)
                    .build();
            Timings server = Timings.of(3, 20, () -> {
                try {
                    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException(entry.getValue() + " answered " + answer.statusCode());
                    }
                } catch (java.io.IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            page.navigate(url(entry.getValue()));
            List<Double> loads = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                page.navigate(url(entry.getValue()));
                page.waitForLoadState();
                Object load = page.evaluate("() => { const n = performance.getEntriesByType('navigation')[0];"
                        + " return n.loadEventEnd - n.startTime; }");
                loads.add(((Number) load).doubleValue());
            }
            double[] sorted = loads.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            md.append("| ").append(entry.getKey()).append(" | ").append(server.median()).append(" | ")
                    .append(server.p95()).append(" | ").append(String.format("%.0f", sorted[sorted.length / 2]))
                    .append(" |\n");
        }
        Path results = Path.of("bench/results/pages-h2.md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, md.toString());
        System.out.println(md);
    }
}
