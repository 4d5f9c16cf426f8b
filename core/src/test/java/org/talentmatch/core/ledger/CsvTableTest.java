package org.talentmatch.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void fieldsQuotedPerRfc4180() {
    assertThat(CsvTable.quote("济南市, 历下区")).isEqualTo("\"济南市, 历下区\"");
    assertThat(CsvTable.quote("他说\"好\"")).isEqualTo("\"他说\"\"好\"\"\"");
    assertThat(CsvTable.quote("两行\n文字")).isEqualTo("\"两行\n文字\"");
    assertThat(CsvTable.quote("寿光市蔬菜合作社")).isEqualTo("寿光市蔬菜合作社");
  }

  @Test
  void textThatLooksLikeAFormulaIsDefused() {
    assertThat(CsvTable.quote("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(CsvTable.quote("+cmd")).isEqualTo("'+cmd");
    assertThat(CsvTable.quote("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvTable.quote("-2+3")).isEqualTo("'-2+3");
  }

  @Test
  void numbersStayNumbers() {
    assertThat(CsvTable.quote("-3")).isEqualTo("-3");
    assertThat(CsvTable.quote("+1.5")).isEqualTo("+1.5");
    assertThat(CsvTable.quote("42")).isEqualTo("42");
  }
}
