package id.simlayan.standard.web;

import id.simlayan.standard.internal.LineDiff;
import id.simlayan.standard.internal.StandardVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Two versions side by side, per component changed or not with a line diff: the admin's and the staff's comparison page. */
@Component
class VersionComparison {

    /** One component of a comparison. */
    record ComponentDiff(String label, boolean changed, List<LineDiff.Line> lines) {
    }

    private final MessageSource messages;

    VersionComparison(MessageSource messages) {
        this.messages = messages;
    }

    /** The legal bases first, then the 14 components under {@code to}'s labels. */
    List<ComponentDiff> compare(StandardVersion from, StandardVersion to, Locale locale) {
        var before = from.components();
        var after = to.components();
        List<ComponentDiff> diffs = new ArrayList<>();
        diffs.add(new ComponentDiff(messages.getMessage("standard.admin.legalBases", null, locale),
                !from.legalBases().equals(to.legalBases()), LineDiff.of(String.join("\n", from.legalBases()), String.join("\n", to.legalBases()))));
        for (int i = 0; i < after.size(); i++) {
            var old = i < before.size() ? before.get(i).body() : "";
            var now = after.get(i).body();
            diffs.add(new ComponentDiff(after.get(i).label(), !Objects.equals(old, now), LineDiff.of(old, now)));
        }
        return diffs;
    }
}
