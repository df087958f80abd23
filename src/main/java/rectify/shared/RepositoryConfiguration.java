package rectify.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * The repositories of every module. Spring Data reads each written query once at start-up to find its parts (to
 * derive a count, to add an order); our queries are plain, and reading them with the full HQL grammar cost about a
 * second of every start on two cores (its parser is slow until warmed up), so they are read the plain way.
 * Hibernate still checks every query against the entities at start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "rectify", queryEnhancerSelector = RepositoryConfiguration.PlainQueryReading.class)
class RepositoryConfiguration {

    public static class PlainQueryReading extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {

        public PlainQueryReading() {
            super(QueryEnhancerFactories.fallback(), QueryEnhancerFactories.fallback());
        }
    }
}
