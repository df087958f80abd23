package rectify.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

import rectify.shared.web.BoundedBody;

/** A body is refused by its declared size before it is read, and by its real size while it is read. */
class BoundedBodyTest {

    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws IOException {
        MockHttpServletRequest declared = new MockHttpServletRequest() {
            @Override
            public long getContentLengthLong() {
                return 2000;
            }
        };
        declared.setContent(new byte[10]);
        assertThatThrownBy(() -> BoundedBody.read(declared, 1024)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE));

        MockHttpServletRequest chunked = new MockHttpServletRequest() {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        chunked.setContent(new byte[3 * 1024 * 1024]);
        assertThatThrownBy(() -> BoundedBody.read(chunked, 1024 * 1024)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.bodyTooLarge"));

        MockHttpServletRequest small = new MockHttpServletRequest();
        small.setContent("一份反馈".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(BoundedBody.read(small, 1024)).hasSize(12);
    }
}
