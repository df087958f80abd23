package rectify.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import rectify.org.Accounts;
import rectify.org.OrgUnit;
import rectify.org.OrgUnitKind;
import rectify.org.OrgUnits;
import rectify.org.Role;
import rectify.org.UserAccount;
import rectify.selfcheck.SelfCheckIssued;

/**
 * The supervision module on its own (with what it depends on, without the demo or the pages): when a 举一反三
 * self-check is issued, each asked unit's coordinators — and nobody else — find it in their inbox.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class SelfCheckNoticesModuleTest {

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorsOfEachAskedUnitHearOfASelfCheck(Scenario scenario) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OrgUnit asked = orgUnits.create(new OrgUnits.Draft(null, "被要求自查的单位" + tag, null, OrgUnitKind.UNIT, 1));
        OrgUnit other = orgUnits.create(new OrgUnits.Draft(null, "未被要求的单位" + tag, null, OrgUnitKind.UNIT, 2));
        UserAccount coordinator = person("c" + tag, asked, Role.UNIT_COORDINATOR);
        UserAccount colleague = person("s" + tag, asked, Role.RESPONSIBLE);
        UserAccount elsewhere = person("o" + tag, other, Role.UNIT_COORDINATOR);

        scenario.publish(new SelfCheckIssued(4711, List.of(asked.getId()), "关于会议记录不规范的问题",
                        LocalDate.of(2026, 12, 31), "请对照自查。"))
                .andWaitForStateChange(() -> noticesOf(coordinator), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));

        assertThat(noticesOf(colleague)).as("responsible persons of the unit, who do not coordinate").isZero();
        assertThat(noticesOf(elsewhere)).as("a unit not asked").isZero();
        String link = jdbc.sql("select link from notification where recipient_id = :id")
                .param("id", coordinator.getId()).query(String.class).single();
        assertThat(link).isEqualTo("/self-checks/4711");
    }

    private UserAccount person(String username, OrgUnit unit, Role role) {
        return accounts.provision(username, username, unit.getId(), "Passw0rd!Passw0rd", false, false, Set.of(role));
    }

    private long noticesOf(UserAccount account) {
        return jdbc.sql("select count(*) from notification where recipient_id = :id and kind = 'SELF_CHECK'")
                .param("id", account.getId()).query(Long.class).single();
    }
}
