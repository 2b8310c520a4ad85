package org.negativeknowledge.app.protocol;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.OpenOptions;
import org.negativeknowledge.bank.embed.Embeddings;

class ProtocolPrepareTest {

  @TempDir Path tmp;

  @Test
  void anInvalidModelSettingIsLeftForTheBankToRefuse() {
    String before = System.getProperty(Embeddings.PROPERTY);
    try {
      System.setProperty(Embeddings.PROPERTY, "sometimes");

      assertThatCode(Protocol::prepareConsultation).doesNotThrowAnyException();
      assertThatThrownBy(() -> Bank.open(tmp.resolve("bank.db").toString(), OpenOptions.defaults()))
          .hasMessageContaining("-Dnk.embeddings=sometimes");
    } finally {
      if (before == null) {
        System.clearProperty(Embeddings.PROPERTY);
      } else {
        System.setProperty(Embeddings.PROPERTY, before);
      }
    }
  }
}
