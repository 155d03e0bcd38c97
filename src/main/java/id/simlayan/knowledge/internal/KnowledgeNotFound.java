package id.simlayan.knowledge.internal;

/** No such article or section, or one this person may not see (a draft for the public). */
public class KnowledgeNotFound extends RuntimeException {

    public KnowledgeNotFound(String what) {
        super(what);
    }
}
