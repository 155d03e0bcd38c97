package id.simlayan.storage.web;

import id.simlayan.storage.internal.StorageSettings;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class UploadWebConfiguration {

    /** Spring Security's filter chain runs at order -100; this one just before it. */
    static final int BEFORE_SECURITY = -101;

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(MessageSource messages, LocaleResolver locales, StorageSettings settings) {
        var registration = new FilterRegistrationBean<>(new UploadLimitFilter(messages, locales, settings));
        registration.setOrder(BEFORE_SECURITY);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
