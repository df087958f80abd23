package rectify.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar rectify.jar verify-audit}: seals what is not yet sealed and walks the audit chain; exits 0 when it
 * is intact, 1 when it is broken (for a monitoring job), saying where.
 */
@Component
@ConditionalOnProperty(name = "rectify.command", havingValue = "verify-audit")
class VerifyAuditCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AuditLog auditLog;
    private int exitCode;

    VerifyAuditCommand(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void run(ApplicationArguments args) {
        AuditChain.Verification v = auditLog.verifyChain();
        if (v.intact()) {
            System.out.println("审计日志完整：" + v.events() + " 条记录逐条核验无误。 The audit log is intact: " + v.events()
                    + " events.");
        } else {
            System.out.println("审计日志已被改动：第 " + v.brokenAt() + " 条起校验不通过（" + v.reason() + "）。 The audit log "
                    + "was changed from seal " + v.brokenAt() + ": " + v.reason());
            exitCode = 1;
        }
        if (Boolean.FALSE.equals(v.databaseGuards())) {
            System.out.println("数据库中防止修改审计日志的触发器缺失或已停用。 The database's audit triggers are missing or disabled.");
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
