package id.simlayan.identity.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.internal.AccountPrincipal;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets any controller declare a {@link CurrentUser} parameter (refused when nobody is signed in),
 * or {@code Optional<CurrentUser>} on public pages (empty for visitors).
 */
@Configuration(proxyBeanMethods = false)
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return CurrentUser.class.equals(parameter.getParameterType()) || optionalUser(parameter);
    }

    private static boolean optionalUser(MethodParameter parameter) {
        return Optional.class.equals(parameter.getParameterType())
                && CurrentUser.class.equals(parameter.nestedIfOptional().getNestedParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request, WebDataBinderFactory binderFactory) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return optionalUser(parameter) ? Optional.of(principal.user()) : principal.user();
        }
        if (optionalUser(parameter)) {
            return Optional.empty();
        }
        throw new AccessDeniedException("login required");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }
}
