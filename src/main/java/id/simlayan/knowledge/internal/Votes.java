package id.simlayan.knowledge.internal;

/** "Apakah ini membantu?" counts of one article, and whether the current session has voted. */
public record Votes(long yes, long no, boolean voted) {
}
