package rectify.support;

/** The demo accounts (profile demo) the tests sign in as; all share the demo password. */
public final class DemoUsers {

    public static final String PASSWORD = "demo-password";
    public static final String INSPECTION_OFFICE = "xcb.liu";
    public static final String KEXIE_COORDINATOR = "kx.li";
    public static final String KEXIE_LEADER = "kx.wang";
    public static final String KEXIE_RESPONSIBLE = "kx.chen";
    public static final String EDUCATION_COORDINATOR = "jt.zhao";
    public static final String OVERSIGHT = "jw.sun";
    public static final String SYSTEM_ADMIN = "demo.sys";
    public static final String SECURITY_ADMIN = "demo.sec";
    public static final String AUDIT_ADMIN = "demo.audit";
    public static final String INITIAL_ADMIN_PASSWORD = "Initial-Admin-Pass-1";

    private DemoUsers() {
    }
}
