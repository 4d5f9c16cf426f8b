package org.talentmatch.core.robustness.child;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.core.engine.TalentMatchEngine;
import org.talentmatch.core.io.PlanJson;

/**
 * The child JVM that {@code CrashSafetyTest} kills: indexes batches of experts into the on-disk
 * engine under {@code <dir>/index}, printing {@code committed N} each time {@code putExperts}
 * returns, while another thread replaces {@code <dir>/plan.json} with two plans in turn.
 *
 * <p>Usage: {@code IndexAndPlanWriter <dir>}. Ends by itself after a minute should its parent vanish.
 */
public final class IndexAndPlanWriter {
  private static final long LIFETIME_SECONDS = 60;

  private IndexAndPlanWriter() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Thread reaper = new Thread(() -> {
      try {
        TimeUnit.SECONDS.sleep(LIFETIME_SECONDS);
      } catch (InterruptedException e) {
        return;
      }
      Runtime.getRuntime().halt(3);
    });
    reaper.setDaemon(true);
    reaper.start();

    List<Plan> plans = List.of(CrashFixtures.plan(0), CrashFixtures.plan(1));
    Thread planWriter = new Thread(() -> {
      try {
        for (int written = 0; ; written++) {
          PlanJson.write(plans.get(written % 2), dir.resolve("plan.json"));
        }
      } catch (Exception e) {
        e.printStackTrace();
        Runtime.getRuntime().halt(4);
      }
    });
    planWriter.setDaemon(true);
    planWriter.start();

    try (TalentMatchEngine engine = TalentMatchEngine.builder().indexDirectory(dir.resolve("index")).build()) {
      int count = engine.expertCount();
      System.out.println("ready " + count);
      System.out.flush();
      while (true) {
        engine.putExperts(CrashFixtures.batch(count));
        count += CrashFixtures.BATCH;
        System.out.println("committed " + count);
        System.out.flush();
      }
    }
  }
}
