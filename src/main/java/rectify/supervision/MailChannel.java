package rectify.supervision;

import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mail over the SMTP server of {@code spring.mail.*}; off when no mail host is set. */
@Component
class MailChannel implements ChannelSender {

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    MailChannel(ObjectProvider<JavaMailSender> mail, @Value("${rectify.mail.from:rectify@localhost}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public boolean available() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public java.util.Set<Channel> channels() {
        return java.util.Set.of(Channel.EMAIL);
    }

    @Override
    public void send(Delivery delivery) throws Exception {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("no SMTP server configured (spring.mail.host)");
        }
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(delivery.target());
        helper.setSubject(delivery.subject());
        helper.setText(delivery.body(), false);
        sender.send(message);
    }
}
