package org.newsgraph.spark;

import org.newsgraph.pipeline.ArticleGraphBuilder;

/**
 * The article graph builder of this executor JVM. Loading the language models takes tens of
 * seconds and gigabytes, so every task of an executor shares one builder (it is thread-safe)
 * instead of loading its own.
 */
final class ExecutorPipeline {
    private static volatile ArticleGraphBuilder builder;

    private ExecutorPipeline() {
    }

    static ArticleGraphBuilder get() {
        ArticleGraphBuilder result = builder;
        if (result == null) {
            synchronized (ExecutorPipeline.class) {
                result = builder;
                if (result == null) {
                    result = ArticleGraphBuilder.createDefault();
                    builder = result;
                }
            }
        }
        return result;
    }
}
