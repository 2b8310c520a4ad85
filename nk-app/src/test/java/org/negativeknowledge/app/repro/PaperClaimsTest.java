package org.negativeknowledge.app.repro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperClaimsTest {

  @Test
  void theTableHoldsEveryClaimOfTheVerifiersOnce() {
    assertThat(PaperClaims.all()).hasSize(113);
    assertThat(PaperClaims.of(Study.SECTION3)).hasSize(39);
    assertThat(PaperClaims.of(Study.SECTION4)).hasSize(20);
    assertThat(PaperClaims.of(Study.APPENDIX)).hasSize(54);
    assertThat(new HashSet<>(PaperClaims.all().stream().map(Claim::id).toList())).hasSize(113);
    assertThat(PaperClaims.of(Study.ALL)).isEqualTo(PaperClaims.all());
  }

  @Test
  void everyClaimHasExactlyOneComputationAndNoComputationLacksAClaim() {
    for (Study s : Study.ALL.parts()) {
      List<String> ids = PaperClaims.of(s).stream().map(Claim::id).toList();
      assertThat(StudyRunner.computedIds(s)).as(s.label()).containsExactlyInAnyOrderElementsOf(ids);
    }
  }

  @Test
  void claimValuesKeepTheVerifiersTypes() {
    assertThat(PaperClaims.byId("S3-01").orElseThrow().paper()).isEqualTo(ClaimValue.ofInt(38));
    assertThat(PaperClaims.byId("S3-05").orElseThrow().paper().kind()).isEqualTo(ClaimValue.Kind.TEXT);
    assertThat(PaperClaims.byId("S3-10").orElseThrow().paper()).isEqualTo(ClaimValue.ofText("31.6"));
    assertThat(PaperClaims.byId("S3-37").orElseThrow().paper().kind()).isEqualTo(ClaimValue.Kind.DECIMAL);
    assertThat(PaperClaims.byId("AP-25").orElseThrow().paper()).isEqualTo(ClaimValue.ofBool(false));
    assertThat(ClaimValue.ofText("38")).isNotEqualTo(ClaimValue.ofInt(38));
  }

  @Test
  void studiesAreNamedAsOnTheCommandLine() {
    assertThat(Study.fromCliName("section3")).isEqualTo(Study.SECTION3);
    assertThat(Study.fromCliName("ALL").parts()).containsExactly(Study.SECTION3, Study.SECTION4, Study.APPENDIX);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Study.fromCliName("section5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("section3, section4, appendix or all");
  }
}
