package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./newsgraph launcher on a first run, with stand-ins for Maven and Java: Maven's progress shows
 * (on standard error, without terminal escape codes) and the command's own output stays clean, so
 * that {@code ./newsgraph up > server.log} gives a readable file.
 */
class LauncherScriptTest {
    @TempDir
    Path dir;

    @Test
    void theFirstBuildShowsMavensProgressOnStandardErrorWithoutEscapeCodes() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script; no /bin/bash here");
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.copy(Path.of("newsgraph"), project.resolve("newsgraph"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        // Maven 3.8 writes colour resets even in batch mode; this stand-in does the same
        executable(bin.resolve("mvn"), """
                #!/bin/bash
                echo "$@" > "%s"
                printf '\\033[0m\\033[0m[INFO] Downloading from central: https://repo.example/a.jar\\n'
                mkdir -p target/lib && touch target/newsgraph.jar
                """.formatted(dir.resolve("mvn-args")));
        executable(bin.resolve("java"), "#!/bin/bash\necho \"server output\"\n");
        ProcessBuilder withPath = new ProcessBuilder("/bin/bash", project.resolve("newsgraph").toString(), "up")
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile());
        withPath.environment().put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        Process run = withPath.start();
        assertTrue(run.waitFor(60, TimeUnit.SECONDS));
        String stdout = Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8);
        String stderr = Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);
        assertEquals(0, run.exitValue(), stderr);
        assertEquals("server output\n", stdout, "only the command's own output on standard output");
        assertTrue(stderr.contains("[INFO] Downloading from central"), "Maven's progress shows:\n" + stderr);
        assertFalse(stderr.contains("\u001b"), "no terminal escape codes:\n" + stderr);
        String mavenArgs = Files.readString(dir.resolve("mvn-args"));
        assertFalse(mavenArgs.contains("-q"), "the first build is not quiet: " + mavenArgs);
        assertTrue(mavenArgs.contains("-B"), mavenArgs);
    }

    private static void executable(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
