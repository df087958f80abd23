package rectify.org;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    @Query("select u from OrgUnit u order by u.path")
    List<OrgUnit> findAllOrdered();

    @Query("select u from OrgUnit u where u.path like :pathPattern")
    List<OrgUnit> findByPathLike(String pathPattern);

    long countByPathLike(String pathPattern);

    List<OrgUnit> findByIdIn(Collection<Long> ids);

    /**
     * The unit and every unit above it, in one read: it is asked on every request that works out a scope. One
     * parameter rather than a list of ids, so the database and Hibernate plan it once.
     */
    @org.springframework.data.jpa.repository.Query(
            "select o from OrgUnit o, OrgUnit own where own.id = :unitId and own.path like concat(o.path, '%')")
    List<OrgUnit> findChainOf(long unitId);

    boolean existsByParentIdAndName(Long parentId, String name);

    boolean existsByParentId(Long parentId);

    boolean existsByParentIdIsNullAndName(String name);

    boolean existsByParentIdIsNullAndIdNot(long id);

    /** Moves a subtree: every path under the old prefix gets the new prefix. */
    @Modifying
    @Query(value = "update org_unit set path = concat(:newPrefix, substring(path, :cut)) where path like concat(:oldPrefix, '%')",
            nativeQuery = true)
    int rebase(String oldPrefix, String newPrefix, int cut);
}
