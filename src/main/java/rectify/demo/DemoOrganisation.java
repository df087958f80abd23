package rectify.demo;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import rectify.org.Accounts;
import rectify.org.OrgUnitKind;
import rectify.org.OrgUnits;
import rectify.org.Role;

/**
 * The demo district (profile {@code demo}): 石龙区委 with its inspection office and groups, the district science
 * association of the seed report with its departments, and other district units; one demo user of every role,
 * all with the password {@value #PASSWORD}. Created once; a restart leaves an existing tree alone.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("'${rectify.command:}' == ''")
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoOrganisation implements ApplicationRunner {

    static final String PASSWORD = "demo-password";
    static final String COMMITTEE = "中共石龙区委员会";

    private final OrgUnits orgUnits;
    private final Accounts accounts;

    DemoOrganisation(OrgUnits orgUnits, Accounts accounts) {
        this.orgUnits = orgUnits;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (orgUnits.hasTopLevelUnitNamed(COMMITTEE)) {
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        Long committee = unit(ids, null, COMMITTEE, "区委", OrgUnitKind.COMMITTEE, 0);
        Long office = unit(ids, committee, "中共石龙区委巡察工作领导小组办公室", "区委巡察办", OrgUnitKind.UNIT, 1);
        unit(ids, committee, "区委第一巡察组", null, OrgUnitKind.INSPECTION_GROUP, 2);
        unit(ids, committee, "区委第二巡察组", null, OrgUnitKind.INSPECTION_GROUP, 3);
        unit(ids, committee, "区委第三巡察组", null, OrgUnitKind.INSPECTION_GROUP, 4);
        Long discipline = unit(ids, committee, "中共石龙区纪律检查委员会 石龙区监察委员会", "区纪委监委", OrgUnitKind.UNIT, 5);
        unit(ids, committee, "中共石龙区委组织部", "区委组织部", OrgUnitKind.UNIT, 6);
        Long kexie = unit(ids, committee, "石龙区科学技术协会", "区科协", OrgUnitKind.UNIT, 10);
        Long kexieOffice = unit(ids, kexie, "区科协办公室", "办公室", OrgUnitKind.DEPARTMENT, 1);
        Long kepu = unit(ids, kexie, "区科协科普部", "科普部", OrgUnitKind.DEPARTMENT, 2);
        Long xuehui = unit(ids, kexie, "区科协学会部", "学会部", OrgUnitKind.DEPARTMENT, 3);
        Long education = unit(ids, committee, "石龙区教育体育局", "区教体局", OrgUnitKind.UNIT, 11);
        unit(ids, education, "区教体局办公室", "办公室", OrgUnitKind.DEPARTMENT, 1);
        Long basic = unit(ids, education, "区教体局基础教育股", "基础教育股", OrgUnitKind.DEPARTMENT, 2);
        Long health = unit(ids, committee, "石龙区卫生健康委员会", "区卫健委", OrgUnitKind.UNIT, 12);
        unit(ids, health, "区卫健委办公室", "办公室", OrgUnitKind.DEPARTMENT, 1);
        unit(ids, committee, "石龙区市场监督管理局", "区市场监管局", OrgUnitKind.UNIT, 13);

        user("xcb.liu", "刘建国", office, Role.INSPECTION_OFFICE);
        user("kx.li", "李敏", kexieOffice, Role.UNIT_COORDINATOR);
        user("kx.wang", "王志强", kexie, Role.UNIT_LEADER);
        user("kx.chen", "陈晓", kepu, Role.RESPONSIBLE);
        user("kx.zhou", "周婷", xuehui, Role.RESPONSIBLE);
        user("jt.zhao", "赵磊", education, Role.UNIT_COORDINATOR);
        user("jt.he", "何静", education, Role.UNIT_LEADER);
        user("jt.qian", "钱进", basic, Role.RESPONSIBLE);
        user("jw.sun", "孙悦", discipline, Role.OVERSIGHT);
        user("demo.sys", "周系统", null, Role.SYSTEM_ADMIN);
        user("demo.sec", "吴安全", null, Role.SECURITY_ADMIN);
        user("demo.audit", "郑审计", null, Role.AUDIT_ADMIN);
    }

    private Long unit(Map<String, Long> ids, Long parentId, String name, String shortName, OrgUnitKind kind, int seq) {
        Long id = orgUnits.create(new OrgUnits.Draft(parentId, name, shortName, kind, seq)).getId();
        ids.put(name, id);
        return id;
    }

    private void user(String username, String displayName, Long unitId, Role role) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.provision(username, displayName, unitId, PASSWORD, false, false, EnumSet.of(role));
        }
    }
}
