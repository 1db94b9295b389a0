package org.newsgraph.link.bench;

/** A mention newsgraph linked: where, to which item, and the kind of actor it made of it. */
record Prediction(int begin, int end, String qid, GoldLabel.Kind kind) {
}
