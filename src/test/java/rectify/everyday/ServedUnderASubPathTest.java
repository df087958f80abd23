package rectify.everyday;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Served under a sub-path (a unit's intranet often puts the system at /rectify behind its proxy), the pages' addresses
 * carry it, and the static files are still named by their content and found there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.servlet.context-path=/rectify")
@ActiveProfiles("test")
class ServedUnderASubPathTest {

    @LocalServerPort
    int port;

    @Test
    void pagesAndTheirFilesAreAddressedUnderTheSubPath() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/rectify/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(login).contains("action=\"/rectify/login\"")
                .containsPattern("src=\"/rectify/js/app-[0-9a-f]{32}\\.js\"")
                .containsPattern("href=\"/rectify/webjars/bootstrap/[^\"]*-[0-9a-f]{32}\\.css\"");
        Matcher css = Pattern.compile("href=\"(/rectify/css/app-[0-9a-f]{32}\\.css)\"").matcher(login);
        assertThat(css.find()).as("the application's stylesheet, fingerprinted, in " + login).isTrue();
        HttpResponse<String> file = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + css.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("app-topbar");
    }
}
