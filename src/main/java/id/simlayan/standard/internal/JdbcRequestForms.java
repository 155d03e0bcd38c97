package id.simlayan.standard.internal;

import id.simlayan.identity.Directory;
import id.simlayan.identity.UnitSummary;
import id.simlayan.platform.DateDisplay;
import id.simlayan.standard.FormCheck;
import id.simlayan.standard.FormInput;
import id.simlayan.standard.RequestForm;
import id.simlayan.standard.RequestForms;
import id.simlayan.standard.StandardVersionId;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The forms kept in standard_form_fields, checked by {@link FormValidator} against today's active units. */
@Service
class JdbcRequestForms implements RequestForms {

    private final StandardStore versions;
    private final FormStore forms;
    private final FormValidator validator;

    JdbcRequestForms(StandardStore versions, FormStore forms, Clock clock, DateDisplay dates, Directory directory) {
        this.versions = versions;
        this.forms = forms;
        // Directory.unit(id) also finds deactivated units; units() lists the active ones only
        this.validator = new FormValidator(clock, dates.zone(),
                id -> directory.units().stream().filter(u -> u.id().equals(id)).findFirst().map(UnitSummary::name));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RequestForm> of(StandardVersionId version) {
        return versions.find(version).map(v -> forms.formOf(v.id()));
    }

    @Override
    public FormCheck check(RequestForm form, FormInput input) {
        return validator.check(form, input);
    }
}
