package id.simlayan.standard;

import java.util.Optional;

/**
 * The request forms of the standard versions, and the one check of answers against them: the
 * web form, staff intake and the API all go through {@link #check}, so a rule is written once.
 */
public interface RequestForms {

    /** The form of a version (any status, so a draft can be previewed); empty for an unknown version. */
    Optional<RequestForm> of(StandardVersionId version);

    /**
     * Checks every field of the form against the input: required, type, limits, options, units
     * that exist and are active, document count and type. Values for keys the form does not have
     * are ignored.
     */
    FormCheck check(RequestForm form, FormInput input);

    /** {@link #check}, throwing {@link FormAnswersRefused} when a field fails. */
    default FormAnswers checked(RequestForm form, FormInput input) {
        var check = check(form, input);
        if (!check.passed()) {
            throw new FormAnswersRefused(check.problems());
        }
        return check.answers();
    }
}
