package id.simlayan.knowledge.internal;

/** A change the knowledge base refuses; {@link #messageCode()} says why in the bundles. */
public class KnowledgeRuleViolation extends RuntimeException {

    private final String messageCode;
    private final String field;

    public KnowledgeRuleViolation(String messageCode) {
        this(messageCode, null);
    }

    /** @param field the form field the reason belongs to, null for the form as a whole */
    public KnowledgeRuleViolation(String messageCode, String field) {
        super(messageCode);
        this.messageCode = messageCode;
        this.field = field;
    }

    public String messageCode() {
        return messageCode;
    }

    public String field() {
        return field;
    }
}
