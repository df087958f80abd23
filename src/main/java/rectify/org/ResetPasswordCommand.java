package rectify.org;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import rectify.shared.BusinessException;

/**
 * {@code java -jar rectify.jar reset-password <username>}: the reset of an administrator's password, which no other
 * administrator may do through the application. Whoever can run it is on the server; the reset is audited as done
 * by the server command, and the one-time password must be changed at the next sign-in.
 */
@Component
@ConditionalOnProperty(name = "rectify.command", havingValue = "reset-password")
class ResetPasswordCommand implements ApplicationRunner, ExitCodeGenerator {

    private final Accounts accounts;
    private int exitCode;

    ResetPasswordCommand(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.getNonOptionArgs().size() != 2) {
            System.err.println("用法 usage: java -jar rectify.jar reset-password <用户名 username>");
            exitCode = 2;
            return;
        }
        String username = args.getNonOptionArgs().get(1);
        try {
            String password = accounts.resetOnServer(username);
            System.out.println("已重置 " + username + " 的密码。一次性密码（首次登录须修改，不再显示）：" + password);
            System.out.println("Password of " + username + " reset. One-time password (must be changed at sign-in): "
                    + password);
        } catch (BusinessException e) {
            System.err.println("没有用户名为 " + username + " 的账号。 No account named " + username + ".");
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
