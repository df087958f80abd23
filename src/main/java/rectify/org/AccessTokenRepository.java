package rectify.org;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

    List<AccessToken> findByUserIdOrderByCreatedAtDesc(Long userId);

    List<AccessToken> findByUserIdAndRevokedAtIsNull(Long userId);
}
