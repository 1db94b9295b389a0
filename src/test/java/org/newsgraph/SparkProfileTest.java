package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * The Spark runner and its test are compiled only with the Maven profile {@code spark}, which the
 * README's test command turns on. Without it this test is skipped with the reason, so that a plain
 * {@code mvn test} says what it left out instead of leaving the runner untested silently; with it,
 * it checks that the profile still brings the runner's test along.
 */
class SparkProfileTest {
    @Test
    void theSparkProfileBringsTheRunnerAndItsTest() {
        assumeTrue(loadable("org.apache.spark.SparkConf"),
                "the Spark runner's test runs only with the spark profile: use `mvn -B -Pspark test`, the README's test command");
        assertTrue(loadable("org.newsgraph.spark.SparkExtractJob"), "the runner (src/spark/java) is compiled");
        assertTrue(loadable("org.newsgraph.spark.SparkExtractJobTest"), "the runner's test (src/spark-test/java) is compiled");
    }

    private static boolean loadable(String className) {
        try {
            Class.forName(className, false, SparkProfileTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
