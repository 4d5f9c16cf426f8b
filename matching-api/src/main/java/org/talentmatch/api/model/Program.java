package org.talentmatch.api.model;

/** The seven provincial programs the notice pools into one engine. */
public enum Program {
  /** 省级专家服务基层活动: short team event with a lead expert. */
  EXPERT_SERVICE("省级专家服务基层活动"),
  /** 千名博士进企业: one young PhD to one enterprise for a year. */
  PHD_TO_ENTERPRISE("千名博士进企业"),
  /** 高校毕业生"三支一扶": a graduate placed for two years. */
  SANZHI_YIFU("三支一扶"),
  /** 科技特派员: standing pairing of an expert and a served unit. */
  SCI_TECH_COMMISSIONER("科技特派员"),
  /** 送教下乡: teams of famous teachers training rural schools. */
  TEACHING_TO_COUNTRYSIDE("送教下乡"),
  /** 医疗卫生机构对口帮扶. */
  MEDICAL_PAIRING("医疗卫生对口帮扶"),
  /** 科技下乡: yearly technician visits. */
  SCI_TECH_TO_COUNTRYSIDE("科技下乡");

  private final String chinese;

  Program(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
