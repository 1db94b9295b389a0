package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.fail;

/** Fails a server test with the cause and the fix when the Servlet 6 API is missing. */
public final class ServletApiCheck {
    private ServletApiCheck() {
    }

    // stanford-corenlp depends on jakarta.servlet-api 4.0.4 (still javax.servlet inside); being the
    // nearer dependency it wins over the 6.x that Jetty 12 needs, and Fuseki cannot even be built.
    public static void require() {
        try {
            Class.forName("jakarta.servlet.http.HttpServlet");
        } catch (ClassNotFoundException e) {
            fail("jakarta.servlet.http.HttpServlet is not on the classpath, so Fuseki (Jetty 12) cannot run:"
                    + " stanford-corenlp brings jakarta.servlet-api 4.0.4 (javax.servlet packages). Add"
                    + " jakarta.servlet:jakarta.servlet-api:6.1.0 to pom.xml.");
        }
    }
}
