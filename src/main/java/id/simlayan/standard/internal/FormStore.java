package id.simlayan.standard.internal;

import id.simlayan.standard.DocumentType;
import id.simlayan.standard.FieldKind;
import id.simlayan.standard.FormField;
import id.simlayan.standard.RequestForm;
import id.simlayan.standard.StandardVersionId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The request form of each standard version in standard_form_fields. A form is written whole
 * (a draft's fields replaced in their new order); the database refuses it for a published version.
 */
@Repository
class FormStore {

    private final JdbcClient jdbc;

    FormStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version's fields in order; an empty form for a version without any (or an unknown one). */
    RequestForm formOf(StandardVersionId version) {
        var fields = jdbc.sql("""
                        SELECT field_key, kind, label, label_en, help, help_en, required, minimum, maximum, options, options_en, document_types
                        FROM standard_form_fields WHERE version_id = ? ORDER BY position""")
                .param(version.value()).query(this::field).list();
        return new RequestForm(version, fields);
    }

    /** Replaces the fields of a draft version. */
    void replace(RequestForm form) {
        var version = form.versionId().value();
        jdbc.sql("DELETE FROM standard_form_fields WHERE version_id = ?").param(version).update();
        int position = 1;
        for (FormField f : form.fields()) {
            jdbc.sql("""
                            INSERT INTO standard_form_fields (version_id, position, field_key, kind, label, label_en, help, help_en, required,
                              minimum, maximum, options, options_en, document_types)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(version, position++, f.key(), f.kind().name(), f.label(), f.labelEn(), f.help(), f.helpEn(), f.required(),
                            f.minimum(), f.maximum(), f.options().toArray(String[]::new), f.optionsEn().toArray(String[]::new),
                            f.documentTypes().stream().map(Enum::name).sorted().toArray(String[]::new))
                    .update();
        }
    }

    private FormField field(ResultSet rs, int n) throws SQLException {
        var types = EnumSet.noneOf(DocumentType.class);
        strings(rs.getArray("document_types")).forEach(t -> types.add(DocumentType.valueOf(t)));
        return new FormField(rs.getString("field_key"), FieldKind.valueOf(rs.getString("kind")), rs.getString("label"), rs.getString("label_en"),
                rs.getString("help"), rs.getString("help_en"), rs.getBoolean("required"), rs.getObject("minimum", Long.class),
                rs.getObject("maximum", Long.class), strings(rs.getArray("options")), strings(rs.getArray("options_en")), types);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
