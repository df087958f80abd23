package rectify.org;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.util.function.SingletonSupplier;

/**
 * The part of the org tree a person may see: everything, nothing, or one subtree given by its path prefix.
 * Queries filter with {@link #pathPrefix()} against {@code org_unit.path}; single objects are checked with
 * {@link #covers(OrgUnit)}.
 */
public final class Scope {

    private static final Scope ALL = new Scope(null, null, true, true);
    private static final Scope NONE = new Scope(null, null, false, false);

    private final String pathPrefix;
    private final Supplier<Optional<OrgUnit>> root;
    private final boolean all;
    private final boolean everyUnit;

    private Scope(String pathPrefix, Supplier<Optional<OrgUnit>> root, boolean all, boolean everyUnit) {
        this.pathPrefix = pathPrefix;
        this.root = root == null ? Optional::empty : root;
        this.all = all;
        this.everyUnit = everyUnit;
    }

    public static Scope all() {
        return ALL;
    }

    public static Scope none() {
        return NONE;
    }

    /**
     * The subtree under the unit of this path; the unit itself is read only if someone asks for it ({@link #root}):
     * most requests need its path alone.
     */
    static Scope subtree(String rootPath, Supplier<Optional<OrgUnit>> root) {
        return new Scope(rootPath, SingletonSupplier.of(root), false, false);
    }

    /** The subtree of the org tree's only top-level unit: every unit there is, though still said as a subtree. */
    static Scope wholeTree(String rootPath, Supplier<Optional<OrgUnit>> root) {
        return new Scope(rootPath, SingletonSupplier.of(root), false, true);
    }

    /** The unit at the top of a subtree scope. */
    public Optional<OrgUnit> root() {
        return root.get();
    }

    public boolean isAll() {
        return all;
    }

    /**
     * Whether every unit there is lies in the scope (everything, or the subtree of the tree's only top-level unit,
     * as a jurisdiction's office sees it): a query may then leave the scope's condition out, and with it the joins
     * from a problem to its unit, which cost the province's ledger more than its page.
     */
    public boolean coversEveryUnit() {
        return everyUnit;
    }

    public boolean isNone() {
        return !all && pathPrefix == null;
    }

    /** The prefix to match org unit paths against; null when the scope is everything. Never null for NONE. */
    public String pathPrefix() {
        if (all) {
            return null;
        }
        return pathPrefix == null ? "/-/" : pathPrefix;
    }

    /** The SQL LIKE pattern of the org unit paths in scope: "%" for everything, a pattern matching nothing for none. */
    public String pathPattern() {
        return all ? "%" : pathPrefix() + "%";
    }

    public boolean covers(OrgUnit unit) {
        return unit != null && (all || (pathPrefix != null && unit.getPath().startsWith(pathPrefix)));
    }

    @Override
    public String toString() {
        return all ? "Scope[all]" : pathPrefix == null ? "Scope[none]" : "Scope[" + pathPrefix + "]";
    }
}
