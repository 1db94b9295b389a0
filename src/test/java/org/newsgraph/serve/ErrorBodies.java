package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** What an HTTP error body must not show: stack frames, exception classes, files of the server. */
final class ErrorBodies {
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z]+\\.[\\w.$]+\\(");
    private static final Pattern JAVA_EXCEPTION = Pattern.compile("\\b(java|org|edu)\\.[\\w.]+(Exception|Error)\\b");

    private ErrorBodies() {
    }

    static void assertSafe(HttpResponse<String> response, Path database) {
        String body = response.body();
        String where = response.uri() + " answered " + response.statusCode() + ": " + body;
        assertFalse(STACK_FRAME.matcher(body).find(), where);
        assertFalse(JAVA_EXCEPTION.matcher(body).find(), where);
        assertFalse(body.contains(database.toAbsolutePath().toString()), where);
        assertFalse(body.contains(System.getProperty("user.dir")), where);
        assertFalse(body.contains(System.getProperty("java.io.tmpdir") + "/"), where);
    }
}
