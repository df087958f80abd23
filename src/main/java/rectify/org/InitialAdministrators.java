package rectify.org;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the three separated administrators (三员分立) on first start. Their first password comes from
 * {@code RECTIFY_ADMIN_PASSWORD}; without it each gets a generated one, printed once to the log and written to
 * {@code <data folder>/initial-admin-passwords}. Either way they must change it at first sign-in.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("'${rectify.command:}' == ''")
@Order(Ordered.HIGHEST_PRECEDENCE)
class InitialAdministrators implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrators.class);

    static final List<String[]> ADMINISTRATORS = List.of(
            new String[] {"sysadmin", "系统管理员", "SYSTEM_ADMIN"},
            new String[] {"secadmin", "安全保密管理员", "SECURITY_ADMIN"},
            new String[] {"auditadmin", "安全审计员", "AUDIT_ADMIN"});

    private final Accounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final String configuredPassword;
    private final Path dataDir;

    InitialAdministrators(Accounts accounts, PasswordPolicy passwordPolicy,
                          @Value("${rectify.admin.initial-password:}") String configuredPassword,
                          @Value("${rectify.data-dir}") Path dataDir) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.configuredPassword = configuredPassword;
        this.dataDir = dataDir;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<String> generated = new ArrayList<>();
        for (String[] admin : ADMINISTRATORS) {
            if (accounts.findByUsername(admin[0]).isPresent()) {
                continue;
            }
            boolean fromSetting = !configuredPassword.isBlank();
            String password = fromSetting ? configuredPassword : passwordPolicy.generate();
            accounts.provision(admin[0], admin[1], null, password, true, true, EnumSet.of(Role.valueOf(admin[2])));
            if (!fromSetting) {
                generated.add(admin[0] + " " + password);
            }
        }
        if (!generated.isEmpty()) {
            Path file = dataDir.resolve("initial-admin-passwords");
            Files.createDirectories(dataDir);
            Files.write(file, generated, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.debug("No POSIX permissions on this file system");
            }
            log.warn("""

                    ==== 初始管理员口令 Initial administrator passwords (shown once; change at first sign-in) ====
                    {}
                    Also written to {}
                    ==========================================================================================""",
                    String.join(System.lineSeparator(), generated), file.toAbsolutePath());
        }
    }
}
