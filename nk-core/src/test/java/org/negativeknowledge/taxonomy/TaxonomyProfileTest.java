package org.negativeknowledge.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.record.NkJson;

class TaxonomyProfileTest {
  @Test
  void builtInProfilesHoldTheSpecVocabulary() {
    TaxonomyProfile core = TaxonomyProfile.core();
    assertThat(core.values(Facet.LAYER)).containsExactly("implementation_failure", "communication_failure", "method_failure");
    assertThat(core.values(Facet.DEGREE)).hasSize(6);
    assertThat(TaxonomyProfile.exploration().values(Facet.LAYER))
        .containsExactly("implementation_failure", "communication_failure", "method_failure", "hypothesis_failure", "measurement_failure");
    assertThat(core.allows(Facet.SCOPE, "regime_bound")).isFalse();
    assertThat(core.canonicalFor(Facet.SCOPE, "regime_bound")).contains("regime_bound_failure");
  }

  @Test
  void customProfileExtendsCoreFromAFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("mine.json");
    Files.writeString(f, "{\"name\":\"mine\",\"extends\":\"core\",\"facets\":{\"layer\":{\"values\":[\"data_failure\"],\"aliases\":{\"data\":\"data_failure\"}}}}");
    TaxonomyProfile p = TaxonomyProfile.byName(f.toString());
    assertThat(p.name()).isEqualTo("mine");
    assertThat(p.allows(Facet.LAYER, "data_failure")).isTrue();
    assertThat(p.allows(Facet.LAYER, "method_failure")).isTrue();
    assertThat(p.canonicalFor(Facet.LAYER, "data")).contains("data_failure");
  }

  @Test
  void badProfilesSayWhereAndWhat(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"name\":\"bad\",\"facets\":{\"layer\":{\"values\":[\"a\"],\"aliases\":{\"b\":\"c\"}}}}");
    assertThatThrownBy(() -> TaxonomyProfile.byName(f.toString()))
        .isInstanceOf(TaxonomyException.class)
        .hasMessageContaining("facets.layer.aliases.b")
        .hasMessageContaining("not one of its values");
    Files.writeString(f, "{\"name\":\"bad\",\"facets\":{\"layer\":{\"values\":[\"a\"]}}}");
    assertThatThrownBy(() -> TaxonomyProfile.byName(f.toString())).hasMessageContaining("facets.scope: every facet needs at least one value");
    Files.writeString(f, "{\"name\":");
    assertThatThrownBy(() -> TaxonomyProfile.byName(f.toString())).hasMessageContaining("bad.json:1:");
    assertThatThrownBy(() -> TaxonomyProfile.byName("nope")).hasMessageContaining("neither built in");
  }

  @Test
  void normalizationIsExplicitAndReportsEachChange() {
    ObjectNode r = NkJson.parseObject("{\"failure\":{\"layer\":\"method\",\"scope\":\"regime_bound\",\"degree\":\"weird\"}}");
    NormalizationResult n = AliasNormalizer.of(TaxonomyProfile.core()).normalize(r);
    assertThat(n.changes()).extracting(Object::toString)
        .containsExactly("failure.layer: method -> method_failure", "failure.scope: regime_bound -> regime_bound_failure");
    assertThat(n.record().at("/failure/scope").textValue()).isEqualTo("regime_bound_failure");
    assertThat(n.record().at("/failure/degree").textValue()).isEqualTo("weird");
    assertThat(r.at("/failure/scope").textValue()).as("input untouched").isEqualTo("regime_bound");
  }
}
