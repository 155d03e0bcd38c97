package id.simlayan.ticket.internal;

import id.simlayan.standard.FieldKind;
import id.simlayan.standard.FormAnswers;
import id.simlayan.standard.FormAnswers.Answer;
import id.simlayan.ticket.TicketId;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The request-form answers of tickets ({@code ticket_form_answers}, V313): written once with the
 * submission, read in the form's order. The version they answer is the ticket's standard version.
 */
@Repository
class FormAnswerStore {

    private final JdbcClient jdbc;

    FormAnswerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the answers; the caller's transaction also holds the ticket, so both or neither are kept. */
    void add(TicketId ticket, FormAnswers answers) {
        int position = 0;
        for (var answer : answers.answers()) {
            jdbc.sql("""
                            INSERT INTO ticket_form_answers (ticket_id, position, field_key, kind, label, answer_values)
                            VALUES (:ticket, :position, :key, :kind, :label, :values)
                            """)
                    .param("ticket", ticket.value()).param("position", position++).param("key", answer.key())
                    .param("kind", answer.kind().name()).param("label", answer.label())
                    .param("values", answer.values().toArray(String[]::new))
                    .update();
        }
    }

    List<Answer> of(TicketId ticket) {
        return jdbc.sql("SELECT field_key, kind, label, answer_values FROM ticket_form_answers WHERE ticket_id = :ticket ORDER BY position")
                .param("ticket", ticket.value())
                .query((rs, n) -> new Answer(rs.getString("field_key"), FieldKind.valueOf(rs.getString("kind")), rs.getString("label"),
                        strings(rs.getArray("answer_values"))))
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
