package org.talentmatch.core.generator;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Program;
import org.talentmatch.core.region.County;

/**
 * Names the grassroots units that host demands, in the forms clerks write them: 寿光市丰源蔬菜种植专业合作社,
 * 曹县孙集镇卫生院, 沂水县王集镇中心小学, 潍坊华丰食品有限公司.
 *
 * <p>Some township health centres belong to a hospital (a county medical community led by the
 * county hospital, or a city hospital's pairing base): their {@code institution} is that hospital,
 * so its own doctors have a conflict of interest there.
 */
final class HostUnits {
  private static final double OWNED_CLINIC_SHARE = 0.35;

  private final Geography geography;
  private final Institutions institutions;
  private final TextComposer text;

  HostUnits(Geography geography, Institutions institutions, TextComposer text) {
    this.geography = geography;
    this.institutions = institutions;
    this.text = text;
  }

  HostUnit create(Program program, SkillGroup group, County county, SplittableRandom rng) {
    HostUnitType type = type(program, group.sector(), rng);
    String label = geography.label(county);
    return switch (type) {
      case COOPERATIVE -> HostUnit.of(label + text.brand(rng) + text.word("coop", group, rng) + "专业合作社", type);
      case VILLAGE -> HostUnit.of(label + text.township(rng) + text.village(rng), type);
      case TOWNSHIP -> HostUnit.of(label + text.township(rng) + "人民政府", type);
      case ENTERPRISE -> HostUnit.of(enterpriseName(group, county, rng), type);
      case HOSPITAL -> HostUnit.of(label + text.word("agency", group, rng), type);
      case SCHOOL -> HostUnit.of(schoolName(group, label, rng), type);
      case CLINIC -> new HostUnit(label + text.township(rng) + (Draw.chance(0.3, rng) ? "中心卫生院" : "卫生院"), type,
          clinicOwner(county, rng));
      case OTHER -> HostUnit.of(label + text.word("agency", group, rng), type);
    };
  }

  private static HostUnitType type(Program program, String sector, SplittableRandom rng) {
    return switch (program) {
      case PHD_TO_ENTERPRISE -> HostUnitType.ENTERPRISE;
      case TEACHING_TO_COUNTRYSIDE -> HostUnitType.SCHOOL;
      case MEDICAL_PAIRING -> HostUnitType.CLINIC;
      case SANZHI_YIFU -> switch (sector) {
        case "edu" -> HostUnitType.SCHOOL;
        case "med" -> HostUnitType.CLINIC;
        default -> HostUnitType.TOWNSHIP;
      };
      case EXPERT_SERVICE -> switch (sector) {
        case "med" -> HostUnitType.HOSPITAL;
        case "edu" -> HostUnitType.SCHOOL;
        case "ind" -> HostUnitType.ENTERPRISE;
        case "rural" -> pick(rng, HostUnitType.VILLAGE, HostUnitType.TOWNSHIP);
        default -> pick(rng, HostUnitType.COOPERATIVE, HostUnitType.COOPERATIVE, HostUnitType.TOWNSHIP, HostUnitType.ENTERPRISE);
      };
      case SCI_TECH_COMMISSIONER -> switch (sector) {
        case "ind" -> HostUnitType.ENTERPRISE;
        case "rural" -> pick(rng, HostUnitType.VILLAGE, HostUnitType.COOPERATIVE);
        default -> pick(rng, HostUnitType.COOPERATIVE, HostUnitType.COOPERATIVE, HostUnitType.VILLAGE, HostUnitType.ENTERPRISE);
      };
      case SCI_TECH_TO_COUNTRYSIDE -> switch (sector) {
        case "ind" -> pick(rng, HostUnitType.COOPERATIVE, HostUnitType.ENTERPRISE);
        case "rural" -> HostUnitType.VILLAGE;
        default -> pick(rng, HostUnitType.VILLAGE, HostUnitType.COOPERATIVE, HostUnitType.TOWNSHIP);
      };
    };
  }

  private String enterpriseName(SkillGroup group, County county, SplittableRandom rng) {
    return geography.cityShort(county) + text.brand(rng) + text.word("ent", group, rng)
        + (Draw.chance(0.2, rng) ? "股份有限公司" : "有限公司");
  }

  private String schoolName(SkillGroup group, String label, SplittableRandom rng) {
    if (group.field().equals("edu.special")) {
      return label + "特殊教育学校";
    }
    return label + text.township(rng) + (Draw.chance(0.7, rng) ? "中心小学" : "初级中学");
  }

  private Optional<String> clinicOwner(County county, SplittableRandom rng) {
    if (!Draw.chance(OWNED_CLINIC_SHARE, rng)) {
      return Optional.empty();
    }
    List<Institution> cityHospitals = institutions.hospitalsInCity(county.cityCode());
    if (!cityHospitals.isEmpty() && Draw.chance(0.5, rng)) {
      return Optional.of(Draw.one(cityHospitals, rng).name());
    }
    return Optional.of(countyHospital(county));
  }

  /** The county hospital that leads the county medical community, e.g. 曹县人民医院. */
  String countyHospital(County county) {
    return geography.label(county) + "人民医院";
  }

  @SafeVarargs
  private static <T> T pick(SplittableRandom rng, T... options) {
    return options[rng.nextInt(options.length)];
  }
}
