package rectify.org.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import rectify.org.AccessToken;
import rectify.org.AccessTokens;
import rectify.org.CurrentUser;

/** Personal access tokens of the caller. {@code POST} also accepts HTTP Basic, so a program can get its first token. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApi {

    private final AccessTokens tokens;

    TokenApi(AccessTokens tokens) {
        this.tokens = tokens;
    }

    record TokenRequest(String name, LocalDate expiresOn) {
    }

    record TokenJson(long id, String name, String hint, Instant createdAt, LocalDate expiresOn, Instant lastUsedAt,
                     boolean revoked) {
        static TokenJson of(AccessToken token) {
            return new TokenJson(token.getId(), token.getName(), token.getTokenHint(), token.getCreatedAt(),
                    token.getExpiresOn(), token.getLastUsedAt(), token.isRevoked());
        }
    }

    record IssuedJson(long id, String name, String token, LocalDate expiresOn) {
    }

    @PostMapping
    ResponseEntity<IssuedJson> create(@Valid @RequestBody TokenRequest request) {
        AccessTokens.Issued issued = tokens.create(CurrentUser.require(), request.name(), request.expiresOn());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.token().getId()))
                .body(new IssuedJson(issued.token().getId(), issued.token().getName(), issued.secret(),
                        issued.token().getExpiresOn()));
    }

    @GetMapping
    List<TokenJson> list() {
        return tokens.ownedBy(CurrentUser.require()).stream().map(TokenJson::of).toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(CurrentUser.require(), id);
        return ResponseEntity.noContent().build();
    }
}
