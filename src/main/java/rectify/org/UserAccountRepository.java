package rectify.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByOrgUnitId(Long orgUnitId);

    List<UserAccount> findByIdIn(Collection<Long> ids);

    @Query("""
            select u from UserAccount u where u.enabled = true
              and u.orgUnitId in (select o.id from OrgUnit o where o.path like :pathPattern)
            order by u.displayName""")
    List<UserAccount> findEnabledUnder(String pathPattern);

    @Query(value = """
            select u from UserAccount u
            where (:role is null or exists (select 1 from UserAccount v join v.roles r where v = u and r = :role))
              and (:unitPathPattern is null or u.orgUnitId in (select o.id from OrgUnit o where o.path like :unitPathPattern))
              and (:q is null or lower(u.username) like :q or lower(u.displayName) like :q)
            order by u.username
            """,
            countQuery = """
            select count(u) from UserAccount u
            where (:role is null or exists (select 1 from UserAccount v join v.roles r where v = u and r = :role))
              and (:unitPathPattern is null or u.orgUnitId in (select o.id from OrgUnit o where o.path like :unitPathPattern))
              and (:q is null or lower(u.username) like :q or lower(u.displayName) like :q)
            """)
    Page<UserAccount> search(Role role, String unitPathPattern, String q, Pageable pageable);
}
