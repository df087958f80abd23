package rectify.backup;

import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar rectify.jar backup <folder>} and {@code java -jar rectify.jar restore <folder>}, run on the server
 * with the same settings (database, data folder) as the application.
 */
@Component
@ConditionalOnExpression("'${rectify.command:}' == 'backup' or '${rectify.command:}' == 'restore'")
class BackupCommand implements ApplicationRunner, ExitCodeGenerator {

    private final Backups backups;
    private int exitCode;

    BackupCommand(Backups backups) {
        this.backups = backups;
    }

    @Override
    public void run(ApplicationArguments args) {
        var words = args.getNonOptionArgs();
        if (words.size() != 2) {
            System.err.println("用法 usage: java -jar rectify.jar backup|restore <目录 folder>");
            exitCode = 2;
            return;
        }
        Path folder = Path.of(words.get(1));
        try {
            Backups.Summary done = "backup".equals(words.get(0)) ? backups.backup(folder) : backups.restore(folder);
            System.out.println(("backup".equals(words.get(0)) ? "已备份 Backed up" : "已恢复 Restored") + "：" + done.tables()
                    + " 张表 tables, " + done.rows() + " 行 rows, " + done.files() + " 个文件 files, 数据库版本 schema "
                    + done.schemaVersion() + " — " + folder.toAbsolutePath());
        } catch (Exception e) {
            System.err.println(e.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
