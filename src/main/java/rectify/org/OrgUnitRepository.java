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

    List<OrgUnit> findByIdIn(Collection<Long> ids);

    boolean existsByParentIdAndName(Long parentId, String name);

    boolean existsByParentId(Long parentId);

    boolean existsByParentIdIsNullAndName(String name);

    /** Moves a subtree: every path under the old prefix gets the new prefix. */
    @Modifying
    @Query(value = "update org_unit set path = concat(:newPrefix, substring(path, :cut)) where path like concat(:oldPrefix, '%')",
            nativeQuery = true)
    int rebase(String oldPrefix, String newPrefix, int cut);
}
