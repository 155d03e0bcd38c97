package id.simlayan.platform;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** Boot's error attributes plus the message code of why a request was refused ({@code reason}). */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object reason = request.getAttribute(RequestValueGuard.REASON, RequestAttributes.SCOPE_REQUEST);
        if (reason != null) {
            attributes.put("reason", reason);
        }
        return attributes;
    }
}
