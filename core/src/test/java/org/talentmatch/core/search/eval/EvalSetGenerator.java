package org.talentmatch.core.search.eval;

import static com.google.common.base.Preconditions.checkState;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Title;
import org.talentmatch.core.region.County;
import org.talentmatch.core.region.ShandongRegions;

/**
 * Generates the relevance evaluation set deterministically from the hand-written {@code
 * concepts.txt} and {@code noise.txt}: experts who write their specialty in the exact term, in a
 * variant, or only in their profile, plus noise experts, and the graded judgments that follow from
 * the concept relations. Regenerate the committed files with
 * {@code java -cp <core test classpath> org.talentmatch.core.search.eval.EvalSetGenerator [dir]}.
 */
public final class EvalSetGenerator {
  static final long SEED = 2020_111L;
  /** The set's size: concept experts plus noise experts up to this many. */
  static final int EXPERT_COUNT = 2_400;
  static final int MIN_PER_CONCEPT = 12;
  static final int MAX_PER_CONCEPT = 18;
  static final Path DEFAULT_DIR = Path.of("core/src/test/resources/org/talentmatch/core/search/eval");

  /**
   * How the i-th expert of a concept writes the specialty, cycling: a quarter name it only in the
   * profile behind a generic skill tag, the rest in a skill tag; variants outnumber exact terms.
   */
  enum Writing { SKILL_EXACT, SKILL_VARIANT, PROFILE_EXACT, PROFILE_VARIANT }

  private static final List<Writing> CYCLE = List.of(Writing.SKILL_EXACT, Writing.SKILL_VARIANT,
      Writing.SKILL_VARIANT, Writing.PROFILE_VARIANT, Writing.SKILL_EXACT, Writing.SKILL_VARIANT,
      Writing.PROFILE_EXACT, Writing.SKILL_VARIANT);

  /** Per domain (and "noise"): institutions, role names by title, profile fillers, secondary tags. */
  private record Domain(List<String> institutions, Map<Title, String> roles, List<String> fillers,
      List<String> secondaryTags) {}

  private static final Map<String, Domain> DOMAINS = Map.of(
      "agri", new Domain(
          List.of("山东农业大学", "青岛农业大学", "山东省农业科学院", "潍坊市农业科学院", "临沂市农业科学院",
              "烟台市农业科学研究院", "山东省农业技术推广中心", "聊城大学"),
          roles("研究员", "副研究员", "助理研究员"),
          List.of("主持省级科研项目多项", "多次深入县乡开展技术培训", "获山东省科技进步奖", "指导多家种养大户",
              "发表学术论文三十余篇"),
          List.of("技术推广", "科技服务")),
      "med", new Domain(
          List.of("山东第一医科大学附属省立医院", "山东大学齐鲁医院", "青岛大学附属医院", "滨州医学院附属医院",
              "潍坊医学院附属医院", "济宁医学院附属医院", "临沂市人民医院", "烟台毓璜顶医院"),
          roles("主任医师", "副主任医师", "主治医师"),
          List.of("擅长常见病、多发病的诊断与治疗", "多次参加巡回医疗", "承担基层医生带教任务", "发表学术论文二十余篇",
              "主持省级科研课题"),
          List.of("临床带教", "基层巡诊")),
      "edu", new Domain(
          List.of("山东师范大学", "曲阜师范大学", "山东省实验中学", "济南外国语学校", "青岛第二中学",
              "潍坊市教育科学研究院", "烟台第一中学", "临沂第一中学"),
          roles("正高级教师", "高级教师", "一级教师"),
          List.of("省级教学能手", "多次承担名师示范课", "主持省级教研课题", "指导青年教师成长", "获省级教学成果奖"),
          List.of("教研", "课堂教学")),
      "ind", new Domain(
          List.of("山东大学", "中国石油大学（华东）", "山东科技大学", "青岛科技大学", "齐鲁工业大学", "山东理工大学",
              "济南大学", "青岛理工大学"),
          roles("教授", "副教授", "讲师"),
          List.of("主持企业横向课题多项", "拥有发明专利多项", "长期与中小企业开展产学研合作", "主持省重点研发计划项目",
              "发表论文二十余篇"),
          List.of("技术研发", "产学研合作")),
      "rural", new Domain(
          List.of("山东农业大学", "山东财经大学", "山东省社会科学院", "青岛农业大学", "山东建筑大学", "山东师范大学"),
          roles("教授", "副教授", "讲师"),
          List.of("长期开展县域经济调研", "参与多个示范村建设", "为地方政府提供决策咨询", "主持省社科规划项目",
              "多次参加专家服务基层活动"),
          List.of("乡村振兴", "政策咨询")),
      "noise", new Domain(
          List.of("山东财经大学", "山东政法学院", "山东艺术学院", "山东工商学院", "山东管理学院", "山东大学"),
          roles("教授", "副教授", "讲师"),
          List.of("从业二十余年", "具有丰富的实务经验", "多次为地方提供咨询服务", "发表专业文章多篇"),
          List.of("咨询服务")));

  private static final List<String> PROFILE_SENTENCES = List.of("长期从事%s工作", "专业方向为%s");

  /** One generated expert before ids are given: its concept (empty for noise) and how it was written. */
  private record Draft(Optional<Concept> concept, Optional<String> form, Function<String, Expert> withId) {}

  private EvalSetGenerator() {}

  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : DEFAULT_DIR;
    Files.createDirectories(dir);
    for (Map.Entry<String, String> file : generate().files().entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    System.out.println("wrote the evaluation set to " + dir.toAbsolutePath());
  }

  /** The set from the bundled concept and noise lists. */
  static EvalSet generate() {
    return generate(Concept.parse(lines("concepts.txt")), lines("noise.txt").stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> Arrays.stream(line.split(",")).map(String::strip).toList())
        .toList());
  }

  static EvalSet generate(List<Concept> concepts, List<List<String>> noise) {
    checkControlledText(concepts, noise);
    Random random = new Random(SEED);
    List<County> counties = ShandongRegions.get().counties();
    List<Draft> drafts = new ArrayList<>();
    for (Concept concept : concepts) {
      int count = MIN_PER_CONCEPT + random.nextInt(MAX_PER_CONCEPT - MIN_PER_CONCEPT + 1);
      for (int i = 0; i < count; i++) {
        drafts.add(conceptExpert(concept, i, random, counties));
      }
    }
    checkState(drafts.size() < EXPERT_COUNT, "concept experts alone exceed %s", EXPERT_COUNT);
    for (int i = 0; drafts.size() < EXPERT_COUNT; i++) {
      drafts.add(noiseExpert(noise.get(i % noise.size()), random, counties));
    }
    Collections.shuffle(drafts, random);

    List<Expert> experts = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      experts.add(drafts.get(i).withId().apply(String.format(Locale.ROOT, "E%05d", i + 1)));
    }
    List<EvalQuery> queries = new ArrayList<>();
    Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
    for (Concept concept : concepts) {
      if (concept.query().isEmpty()) {
        continue;
      }
      Concept.QuerySpec spec = concept.query().get();
      String queryId = String.format(Locale.ROOT, "Q%03d", queries.size() + 1);
      queries.add(new EvalQuery(queryId, concept.id(), spec.program(), spec.title(), spec.description(),
          spec.skills(), Optional.empty()));
      grades.put(queryId, judge(concept, drafts, experts));
    }
    return new EvalSet(experts, queries, grades);
  }

  /** Grades from the concept relations alone: the writing for the concept itself, then related and adjacent. */
  private static Map<String, Integer> judge(Concept query, List<Draft> drafts, List<Expert> experts) {
    Map<String, Integer> judged = new LinkedHashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      if (draft.concept().isEmpty()) {
        continue;
      }
      Concept own = draft.concept().get();
      String expertId = experts.get(i).id();
      if (own.id().equals(query.id())) {
        judged.put(expertId, query.exact().contains(draft.form().orElseThrow()) ? 3 : 2);
      } else if (query.related().contains(own.id())) {
        judged.put(expertId, 1);
      } else if (query.adjacent().contains(own.id())) {
        judged.put(expertId, 0);
      }
    }
    return judged;
  }

  private static Draft conceptExpert(Concept concept, int index, Random random, List<County> counties) {
    Writing writing = CYCLE.get(index % CYCLE.size());
    boolean exact = writing == Writing.SKILL_EXACT || writing == Writing.PROFILE_EXACT;
    List<String> pool = exact ? concept.exact() : concept.variants();
    // Walk the pool from a concept-specific offset so that every variant gets written.
    String form = pool.get((index / 2 + concept.id().length()) % pool.size());
    Domain domain = DOMAINS.get(concept.domain());
    List<String> skills = new ArrayList<>();
    boolean inProfile;
    if (writing == Writing.PROFILE_EXACT || writing == Writing.PROFILE_VARIANT) {
      skills.add(pick(concept.generic(), random));
      if (concept.generic().size() > 1 && random.nextBoolean()) {
        concept.generic().stream().filter(tag -> !skills.contains(tag)).findFirst().ifPresent(skills::add);
      }
      inProfile = true;
    } else {
      skills.add(form);
      if (random.nextBoolean()) {
        skills.add(pick(domain.secondaryTags(), random));
      }
      inProfile = random.nextBoolean();
    }
    Function<String, Expert> expert = person(domain, skills, inProfile ? Optional.of(form) : Optional.empty(), random, counties);
    return new Draft(Optional.of(concept), Optional.of(form), expert);
  }

  private static Draft noiseExpert(List<String> tags, Random random, List<County> counties) {
    List<String> skills = tags.subList(0, 1 + random.nextInt(tags.size()));
    Domain domain = DOMAINS.get("noise");
    return new Draft(Optional.empty(), Optional.empty(),
        person(domain, skills, Optional.of(skills.get(0)), random, counties));
  }

  /** An expert eligible for every program, available all year, somewhere in Shandong. */
  private static Function<String, Expert> person(Domain domain, List<String> skills, Optional<String> profileForm,
      Random random, List<County> counties) {
    Title title = List.of(Title.SENIOR, Title.ASSOCIATE, Title.ASSOCIATE, Title.INTERMEDIATE).get(random.nextInt(4));
    Degree degree = List.of(Degree.DOCTORATE, Degree.DOCTORATE, Degree.MASTER, Degree.MASTER, Degree.BACHELOR)
        .get(random.nextInt(5));
    String institution = pick(domain.institutions(), random);
    StringBuilder profile = new StringBuilder(institution).append(domain.roles().get(title)).append("。");
    profileForm.ifPresent(form -> profile.append(String.format(pick(PROFILE_SENTENCES, random), form)).append("，"));
    List<String> fillers = new ArrayList<>(domain.fillers());
    Collections.shuffle(fillers, random);
    profile.append(fillers.get(0)).append("，").append(fillers.get(1)).append("。");
    County county = counties.get(random.nextInt(counties.size()));
    return id -> Expert.builder(id)
        .institution(institution)
        .title(title)
        .degree(degree)
        .programs(EnumSet.allOf(Program.class))
        .skills(skills)
        .profile(profile.toString())
        .location(county.location())
        .build();
  }

  /**
   * The text the generator adds around an expert's own form (fillers, institutions, roles, generic
   * and secondary tags, noise tags) must name no concept: an expert mentions only their own specialty.
   */
  private static void checkControlledText(List<Concept> concepts, List<List<String>> noise) {
    List<String> controlled = new ArrayList<>(PROFILE_SENTENCES);
    DOMAINS.values().forEach(d -> Stream.of(d.institutions(), d.roles().values(), d.fillers(), d.secondaryTags())
        .forEach(controlled::addAll));
    concepts.forEach(c -> controlled.addAll(c.generic()));
    noise.forEach(controlled::addAll);
    for (String text : controlled) {
      for (Concept concept : concepts) {
        for (String form : concept.forms()) {
          checkState(!text.contains(form), "generator text '%s' names %s of concept %s", text, form, concept.id());
        }
      }
    }
  }

  private static Map<Title, String> roles(String senior, String associate, String intermediate) {
    return Map.of(Title.SENIOR, senior, Title.ASSOCIATE, associate, Title.INTERMEDIATE, intermediate);
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private static List<String> lines(String resource) {
    return EvalSet.resource(resource).lines().toList();
  }
}
