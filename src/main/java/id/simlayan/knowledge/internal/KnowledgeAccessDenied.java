package id.simlayan.knowledge.internal;

/** A step only front-desk agents and admins may take. */
public class KnowledgeAccessDenied extends RuntimeException {

    public KnowledgeAccessDenied(String action) {
        super(action);
    }
}
