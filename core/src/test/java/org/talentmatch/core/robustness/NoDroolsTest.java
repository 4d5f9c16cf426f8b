package org.talentmatch.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine runs on Bavet alone: no Drools on the classpath (OptaPlanner would prefer Drools when
 * present). The parent pom's enforcer bans the artifacts for every module; this checks what the
 * tests actually run with, including what optaplanner-test would bring in.
 */
class NoDroolsTest {
  private static final List<String> BANNED_JARS = List.of("drools", "kie-", "optaplanner-constraint-streams-drools",
      "optaplanner-constraint-drl");

  @Test
  void noDroolsClassOrPackageIsLoadable() {
    assertThatThrownBy(() -> Class.forName("org.drools.core.common.InternalWorkingMemory"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName(
        "org.optaplanner.constraint.streams.drools.DroolsConstraintStreamScoreDirectorFactory"))
        .isInstanceOf(ClassNotFoundException.class);
    ClassLoader loader = getClass().getClassLoader();
    assertThat(loader.getResource("org/drools")).isNull();
    assertThat(loader.getResource("org/kie")).isNull();
  }

  @Test
  void noDroolsJarOnTheClasspath() {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> jars = Arrays.stream(classpath.split(File.pathSeparator))
        .map(entry -> new File(entry).getName()).toList();

    assertThat(jars).anyMatch(jar -> jar.startsWith("optaplanner-constraint-streams-bavet"))
        .noneMatch(jar -> BANNED_JARS.stream().anyMatch(jar::startsWith));
  }
}
