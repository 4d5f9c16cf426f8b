package org.talentmatch.core.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.Program;
import org.talentmatch.core.region.County;

/** Every program and skill group has the words and templates the generator needs. */
class TextAndHostUnitsTest {
  private final Catalog catalog = Catalog.bundled();

  @Test
  void everyProgramAndGroupGetsNamedUnitsTitlesAndDescriptions() {
    SplittableRandom rng = new SplittableRandom(3);
    for (Program program : Program.values()) {
      for (SkillGroup group : catalog.vocabulary().groupsFor(program)) {
        for (int k = 0; k < 20; k++) {
          County county = catalog.geography().ruralCounty(rng);
          HostUnit host = catalog.hostUnits().create(program, group, county, rng);
          assertThat(host.name()).as("%s %s", program, group.canonical())
              .containsAnyOf(catalog.geography().label(county), catalog.geography().cityShort(county));
          TextComposer.Context context = new TextComposer.Context(group, host.name(), catalog.geography().shortLabel(county), null);
          String shape = program == Program.MEDICAL_PAIRING ? (k % 2 == 0 ? ".placement" : ".team") : "";
          assertThat(catalog.text().compose("title." + program + shape, context, rng)).doesNotContain("{");
          assertThat(catalog.text().composeSpecific("need", context, rng) + catalog.text().compose("ask." + program + shape, context, rng))
              .doesNotContain("{").endsWith("。");
        }
      }
    }
  }

  @Test
  void profilesOfEverySectorAndOfGraduatesAreTwoOrThreeSentences() {
    SplittableRandom rng = new SplittableRandom(4);
    for (SkillGroup group : catalog.vocabulary().groups()) {
      TextComposer.Context context = new TextComposer.Context(group, null, null, "山东农业大学");
      for (String kind : new String[] {group.sector(), "graduate"}) {
        String profile = catalog.text().profile(kind, context, rng);
        assertThat(profile).doesNotContain("{");
        assertThat(profile.chars().filter(c -> c == '。').count()).isBetween(2L, 3L);
      }
    }
  }

  @Test
  void namesAreChineseNamesOfTwoOrThreeCharacters() {
    SplittableRandom rng = new SplittableRandom(5);
    for (int i = 0; i < 200; i++) {
      assertThat(catalog.text().personName(i % 2 == 0, rng)).matches("\\p{IsHan}{2,3}");
    }
  }

  @Test
  void institutionsLieInRealCountiesAndEmployExpertsOfSomeGroup() {
    assertThat(catalog.institutions().all()).hasSizeGreaterThan(60).allSatisfy(inst ->
        assertThat(catalog.vocabulary().groups()).anyMatch(inst::employs));
    assertThat(catalog.institutions().all()).extracting(Institution::name)
        .contains("山东农业大学", "山东大学齐鲁医院", "山东省实验中学", "烟台毓璜顶医院", "中国海洋大学");
  }
}
