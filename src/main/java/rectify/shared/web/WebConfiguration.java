package rectify.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Chinese by default; {@code ?lang=en} switches to English and a cookie remembers the choice. Parts of pages
 * ({@link HtmxFragment}) are answered to htmx only. Static files are served from their own folders only, named by
 * their content ({@code app-<md5>.css}) and cached by browsers for a year: a page downloads its scripts and styles
 * once, and a release changes their names. (Served from {@code /**}, every link a page writes — fifty rows of a
 * ledger, a hundred links — was first looked for as a file in the jar: two thirds of the ledger page's time.)
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<ShellPart> shellParts;

    WebConfiguration(ObjectProvider<ShellPart> shellParts) {
        this.shellParts = shellParts;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("RECTIFY_LANG");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** The folders of static files, by address, and where each is read from. */
    private static final Map<String, String> STATIC_FOLDERS = Map.of(
            "/webjars/", "classpath:/META-INF/resources/webjars/",
            "/css/", "classpath:/static/css/",
            "/js/", "classpath:/static/js/",
            "/img/", "classpath:/static/img/");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl aYear = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();
        STATIC_FOLDERS.forEach((folder, location) -> registry.addResourceHandler(folder + "**")
                .addResourceLocations(location).setCacheControl(aYear).resourceChain(true).addResolver(byContent()));
    }

    /**
     * Pages name the files by their content, also pages answered through the error page or asynchronously. Said as
     * the registration of Spring's filter of that purpose, so that Spring Boot does not register its own as well.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticFileVersions(ObjectProvider<ResourceUrlProvider> urls) {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
                new StaticFileVersions(urls, List.copyOf(STATIC_FOLDERS.keySet())));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    private static VersionResourceResolver byContent() {
        return new VersionResourceResolver().addContentVersionStrategy("/**");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new FragmentsOnlyForHtmx());
        registry.addInterceptor(new ShellParts(shellParts));
    }
}
