package id.simlayan.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;

/**
 * Puts a form record back together after a posted value could not be converted (letters in a
 * number, an unknown choice, a bad date or id). Constructor binding then leaves the model
 * attribute {@code null}, and a template that shows the form again would fail on it. Here the
 * record is built once more with {@code null} for the fields that failed, validated, and put
 * into the model with the conversion errors: the page shows the form with what was typed and a
 * message next to each bad field.
 */
@Component
public class FormRebinding {

    private final ConversionService conversion;
    private final SmartValidator validator;

    FormRebinding(ConversionService mvcConversionService, SmartValidator mvcValidator) {
        this.conversion = mvcConversionService;
        this.validator = mvcValidator;
    }

    /**
     * {@code binding} when its form was bound, else the binding result of a rebuilt form (its
     * target) with the errors of {@code binding}, each also under the codes
     * {@code codePrefix + "." + field} and {@code codePrefix}; it replaces the old one in the model.
     */
    public BindingResult rebind(Class<?> type, BindingResult binding, HttpServletRequest request, Model model, String codePrefix) {
        if (binding.getTarget() != null) {
            return binding;
        }
        Set<String> failed = binding.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
        var binder = new WebDataBinder(null, binding.getObjectName());
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(conversion);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> paramType) {
                return failed.contains(name) ? null : request.getParameterValues(name);
            }

            @Override
            public Set<String> getNames() {
                return request.getParameterMap().keySet();
            }
        });
        Object rebuilt = binder.getTarget();
        if (rebuilt == null) {
            throw new IllegalStateException(type.getSimpleName() + " cannot be built with null for " + failed);
        }
        var result = new BeanPropertyBindingResult(rebuilt, binding.getObjectName());
        binding.getGlobalErrors().forEach(result::addError);
        for (FieldError e : binding.getFieldErrors()) {
            String[] codes = Stream.concat(Stream.of(codePrefix + "." + e.getField(), codePrefix), Arrays.stream(e.getCodes()))
                    .toArray(String[]::new);
            result.addError(new FieldError(e.getObjectName(), e.getField(), e.getRejectedValue(), true, codes, e.getArguments(),
                    e.getDefaultMessage()));
        }
        var checked = new BeanPropertyBindingResult(rebuilt, binding.getObjectName());
        validator.validate(rebuilt, checked);
        checked.getGlobalErrors().forEach(result::addError);
        checked.getFieldErrors().stream().filter(e -> !failed.contains(e.getField())).forEach(result::addError);
        model.addAttribute(binding.getObjectName(), rebuilt);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + binding.getObjectName(), result);
        return result;
    }
}
