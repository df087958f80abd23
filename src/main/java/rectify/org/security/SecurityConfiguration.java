package rectify.org.security;

import javax.sql.DataSource;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import rectify.org.AccessTokens;
import rectify.org.PasswordPolicy;
import rectify.org.SignInPolicy;
import rectify.shared.web.Messages;

/**
 * Three filter chains. The two credential endpoints of the API accept HTTP Basic (to get a token or change the
 * password); the rest of the API accepts only Bearer tokens and keeps no session; the pages use the login form,
 * a session and CSRF protection. Which role may do what is declared on the controllers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({PasswordPolicy.class, SignInPolicy.class})
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The page sessions Spring Session keeps in the database, their last access written at most once a minute and
     * each read at most once in a request.
     */
    @Bean
    static BeanPostProcessor sessionsWrittenSparingly() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository sessions
                        ? new SessionsReadOncePerRequest<>(new SessionsWrittenSparingly(sessions)) : bean;
            }
        };
    }

    /** Where a request's reads of its session are remembered: around Spring Session's filter, which reads them. */
    @Bean
    @ConditionalOnWebApplication
    static FilterRegistrationBean<Filter> sessionsReadOncePerRequestScope() {
        FilterRegistrationBean<Filter> scope = new FilterRegistrationBean<>(SessionsReadOncePerRequest.requestScope());
        scope.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return scope;
    }

    /**
     * The transactions Spring Session reads and writes the page sessions in:
     * plain JDBC transactions on the application's pool. Through the entity layer's transaction manager, each opened
     * an entity manager for one statement, half of those reads' time.
     */
    @Bean
    static TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        TransactionTemplate sessions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        sessions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return sessions::execute; // not itself a TransactionTemplate, which the application's own is
    }

    /**
     * The application's programmatic transactions, through the entity layer's transaction manager as Spring Boot
     * would make them: declared here since the sessions' above make Spring Boot leave its own out.
     */
    @Bean
    static TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    @Bean
    ApiAuthenticationErrors apiAuthenticationErrors(Messages messages, JsonMapper json) {
        return new ApiAuthenticationErrors(messages, json);
    }

    /**
     * Headers of every answer: scripts only from this server (no inline script can run), nothing framed, no
     * referrer sent to other sites; HSTS when served over TLS (Spring Security sends it on secure requests).
     */
    static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                        + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny());
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain apiCredentials(HttpSecurity http, AccessTokens tokens, ApiAuthenticationErrors errors,
                                       Messages messages) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(paths.matcher(HttpMethod.POST, "/api/v1/tokens"),
                        paths.matcher(HttpMethod.PUT, "/api/v1/me/password")))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(errors));
        return statelessApi(http, tokens, errors, messages);
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, ApiAuthenticationErrors errors,
                            Messages messages) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated());
        return statelessApi(http, tokens, errors, messages);
    }

    private SecurityFilterChain statelessApi(HttpSecurity http, AccessTokens tokens, ApiAuthenticationErrors errors,
                                             Messages messages) throws Exception {
        return http
                .addFilterBefore(new BearerTokenFilter(tokens, errors, messages), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    @Bean
    @Order(3)
    @ConditionalOnWebApplication
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        SignInAgain signInAgain = new SignInAgain();
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness", "/actuator/prometheus").permitAll()
                        .anyRequest().authenticated())
                .headers(SecurityConfiguration::headers)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                // a page or form sent after the session ended goes to the sign-in page with a word of why, not to 403
                .sessionManagement(session -> session.invalidSessionStrategy(signInAgain))
                .exceptionHandling(e -> e.authenticationEntryPoint(signInAgain))
                .requestCache(cache -> cache.requestCache(signInAgain.pagesToReturnTo()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
                .build();
    }
}
