package id.simlayan.standard.web;

import id.simlayan.identity.Role;
import id.simlayan.standard.web.WorkflowForms.ActorChoice;
import id.simlayan.workflow.Scope;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** {@code AGENT:FRONT_DESK} as posted by the actor checkboxes; anything else fails to convert (a 400 with a message). */
@Component
class ActorChoiceConverter implements Converter<String, ActorChoice> {

    @Override
    public ActorChoice convert(String source) {
        int colon = source.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not ROLE:SCOPE");
        }
        return new ActorChoice(Role.valueOf(source.substring(0, colon).strip()), Scope.valueOf(source.substring(colon + 1).strip()));
    }
}
