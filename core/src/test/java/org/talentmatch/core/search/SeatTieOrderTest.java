package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SeatTieOrderTest {
  private final List<String> tie = IntStream.range(0, 200).mapToObj(i -> String.format("E%05d", i)).toList();

  @Test
  void theSameSeatAlwaysOrdersATieTheSameWay() {
    assertThat(tie.stream().sorted(SeatTieOrder.of("D1", 0)).toList())
        .isEqualTo(tie.stream().sorted(SeatTieOrder.of("D1", 0)).toList());
  }

  @Test
  void differentSeatsDrawDifferentExpertsFromATie() {
    List<String> first = tie.stream().sorted(SeatTieOrder.of("D1", 0)).limit(30).toList();
    List<String> otherSeat = tie.stream().sorted(SeatTieOrder.of("D1", 1)).limit(30).toList();
    List<String> otherDemand = tie.stream().sorted(SeatTieOrder.of("D2", 0)).limit(30).toList();

    // Thirty of two hundred drawn independently share about 4.5 on average; the same draw would share 30.
    assertThat(first.stream().filter(otherSeat::contains).count()).isLessThan(15);
    assertThat(first.stream().filter(otherDemand::contains).count()).isLessThan(15);
    assertThat(first).isNotEqualTo(tie.subList(0, 30));
  }

  @Test
  void itIsATotalOrderConsistentWithEquality() {
    var order = SeatTieOrder.of("D7", 2);
    assertThat(order.compare("E1", "E1")).isZero();
    assertThat(Integer.signum(order.compare("E1", "E2"))).isEqualTo(-Integer.signum(order.compare("E2", "E1")));
  }
}
