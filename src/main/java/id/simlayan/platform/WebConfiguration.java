package id.simlayan.platform;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Indonesian first; a visitor may switch to English with {@code ?lang=en} (kept in a cookie).
 * Static assets are linked by versioned URLs and cached by browsers for a year.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    static final Set<String> SUPPORTED_LANGUAGES = Set.of("id", "en");

    /** A versioned URL names exactly one content, so the browser never needs to ask again. */
    static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    /** A version-less URL (typed by hand, an old bookmark) may change with the next release. */
    static final CacheControl UNVERSIONED = CacheControl.noCache();

    /**
     * The 32 hex digits of VersionResourceResolver's content strategy, spelled out because a
     * path pattern cannot hold a regex quantifier in braces.
     */
    private static final String CONTENT_HASH = "[0-9a-f]".repeat(32);

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("simlayan-lang");
        resolver.setDefaultLocale(INDONESIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * {@code ?lang=id} or {@code ?lang=en}; any other value is ignored. Spring's
     * LocaleChangeInterceptor threw on an unparsable value, and threw again while the error page
     * rendered (same query), so Tomcat showed its own page with a 500.
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String language = request.getParameter("lang");
                if (language != null && SUPPORTED_LANGUAGES.contains(language)) {
                    RequestContextUtils.getLocaleResolver(request).setLocale(request, response, Locale.forLanguageTag(language));
                }
                return true;
            }
        });
        registry.addInterceptor(RequestValueGuard.multipartFields());
    }

    /** First in the chain, before Spring Security reads a single value. */
    @Bean
    FilterRegistrationBean<RequestValueGuard> requestValueGuard() {
        var registration = new FilterRegistrationBean<>(new RequestValueGuard());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Our CSS and JavaScript get a content hash in the file name ({@code app-<md5>.css}), WebJars
     * their version in the path ({@code /webjars/bootstrap/5.3.8/...}); Thymeleaf's {@code @{...}}
     * links are rewritten by {@link ResourceUrlEncodingFilter}. Only those URLs are cached as
     * immutable; the same files under their plain names are revalidated on every use.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/{file:.+-" + CONTENT_HASH + "\\.[a-z0-9]+}")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(VERSIONED)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(UNVERSIONED)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        // resourceChain(true) adds the WebJars resolver (webjars-locator-lite) by itself
        registry.addResourceHandler("/webjars/*/{version:[0-9].*}/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(VERSIONED)
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(UNVERSIONED)
                .resourceChain(true);
    }

    /** Also on error dispatches: the error pages link the same assets. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}
