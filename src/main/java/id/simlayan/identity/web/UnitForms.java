package id.simlayan.identity.web;

import id.simlayan.identity.internal.UnitAdministration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The form records of {@code /admin/unit}. */
final class UnitForms {

    private UnitForms() {
    }

    record NewUnitForm(
            @NotBlank(message = "{admin.units.validation.code}") @Size(max = 32, message = "{admin.units.validation.code}")
            @Pattern(regexp = UnitAdministration.CODE_PATTERN, message = "{admin.units.validation.code}") String code,
            @NotBlank(message = "{admin.units.validation.name}") @Size(max = 200, message = "{admin.units.validation.name}") String name,
            UUID parentId) {

        static NewUnitForm empty() {
            return new NewUnitForm("", "", null);
        }
    }

    record UnitNameForm(
            @NotNull(message = "{admin.units.error.stale}") Long version,
            @NotBlank(message = "{admin.units.validation.name}") @Size(max = 200, message = "{admin.units.validation.name}") String name) {
    }
}
