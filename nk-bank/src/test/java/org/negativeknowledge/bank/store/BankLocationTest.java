package org.negativeknowledge.bank.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BankLocationTest {

  @Test
  void pathsAndSqliteUrlsAreSqliteFiles() {
    BankLocation plain = BankLocation.parse(".nk/bank.db");
    assertThat(plain.dialect()).isEqualTo(Dialect.SQLITE);
    assertThat(plain.sqliteFile()).isEqualTo(Path.of(".nk/bank.db").toAbsolutePath().normalize());
    assertThat(plain.defaultIndexDirectory()).isEqualTo(plain.sqliteFile().getParent().resolve("index"));
    assertThat(BankLocation.parse("sqlite:/tmp/x/b.db").sqliteFile()).isEqualTo(Path.of("/tmp/x/b.db"));
    assertThat(BankLocation.parse("sqlite:///tmp/x/b.db").sqliteFile()).isEqualTo(Path.of("/tmp/x/b.db"));
    assertThat(BankLocation.parse("jdbc:sqlite:/tmp/x/b.db").jdbcUrl()).isEqualTo("jdbc:sqlite:/tmp/x/b.db");
  }

  @Test
  void postgresUrlsArePostgresAndPasswordsAreMasked() {
    BankLocation pg = BankLocation.parse("jdbc:postgresql://db:5432/nk?user=ana&password=s3cret&ssl=true");
    assertThat(pg.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(pg.masked()).isEqualTo("jdbc:postgresql://db:5432/nk?user=ana&password=***&ssl=true");
    assertThat(BankLocation.mask("jdbc:postgresql://ana:s3cret@db/nk")).isEqualTo("jdbc:postgresql://ana:***@db/nk");
    assertThat(pg.defaultIndexDirectory().toString()).doesNotContain("s3cret").contains("nk" + java.io.File.separator + "index");
    // the same database with other credentials shares the index folder
    assertThat(BankLocation.parse("jdbc:postgresql://db:5432/nk?user=bo&password=x&ssl=true").defaultIndexDirectory())
        .isEqualTo(pg.defaultIndexDirectory());
  }

  @Test
  void otherJdbcSchemesAreRefusedWithoutLeakingSecrets() {
    assertThatThrownBy(() -> BankLocation.parse("jdbc:mysql://h/db?password=pw"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:postgresql://")
        .hasMessageNotContaining("pw&")
        .hasMessageContaining("password=***");
    assertThatThrownBy(() -> BankLocation.parse(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
