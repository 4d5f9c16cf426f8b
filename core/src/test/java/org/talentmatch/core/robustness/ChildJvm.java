package org.talentmatch.core.robustness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of the test classpath in a new JVM, as the tests' own JVM runs. */
final class ChildJvm {
  private ChildJvm() {}

  /**
   * Starts {@code mainClass} with {@code jvmOptions} and {@code args}; stderr goes to {@code log} (an
   * uncaught failure of the child shows there), stdout stays readable from the process.
   */
  static Process start(Class<?> mainClass, List<String> jvmOptions, Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath());
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(log.toFile()).start();
  }

  /**
   * Surefire may run the tests from a manifest-only jar; it then publishes the real classpath under
   * {@code surefire.test.class.path}.
   */
  private static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }
}
