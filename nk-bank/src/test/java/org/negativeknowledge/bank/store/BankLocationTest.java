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
    assertThat(plain.defaultIndexDirectory()).isEqualTo(plain.sqliteFile().getParent().resolve("bank.db.index"));
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

  @Test
  void urlsThatAreNotAPathSqliteOrJdbcPostgresqlAreRefusedNamingTheAcceptedForms() {
    for (String url :
        new String[] {
          "postgresql://ana:s3cret@db/nk", "postgres://db/nk", "mysql://root:s3cret@h/db",
          "http://example.org/bank.db", "https://h/b", "file:/tmp/bank.db"
        }) {
      assertThatThrownBy(() -> BankLocation.parse(url))
          .as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("sqlite:PATH")
          .hasMessageContaining("jdbc:postgresql://HOST[:PORT]/DATABASE")
          .hasMessageNotContaining("s3cret");
    }
    assertThatThrownBy(() -> BankLocation.parse("postgresql://ana:s3cret@db/nk"))
        .hasMessageContaining("jdbc:postgresql://db/nk");
  }

  @Test
  void aPostgresUrlMustNameAHostAndADatabase() {
    for (String url :
        new String[] {
          "jdbc:postgresql://127.0.0.1:5432/", "jdbc:postgresql://127.0.0.1:5432",
          "jdbc:postgresql://127.0.0.1:5432?user=postgres", "jdbc:postgresql://h/?user=ana&password=s3cret",
          "jdbc:postgresql:nk", "jdbc:postgresql:///nk", "jdbc:postgresql://h/a/b"
        }) {
      assertThatThrownBy(() -> BankLocation.parse(url))
          .as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("jdbc:postgresql://HOST[:PORT]/DATABASE")
          .hasMessageNotContaining("s3cret");
    }
    assertThat(BankLocation.parse("jdbc:postgresql://h:5432/nk?user=a&currentSchema=s").dialect())
        .isEqualTo(Dialect.POSTGRESQL);
    assertThat(BankLocation.parse("jdbc:postgresql://h1:5432,h2:5433/nk").dialect()).isEqualTo(Dialect.POSTGRESQL);
  }

  @Test
  void everyFormOfPasswordIsMasked() {
    String[] urls = {
      "jdbc:postgresql://db/nk?user=ana&sslpassword=s3cret&ssl=true",
      "jdbc:postgresql://db/nk?user=ana&password%3Ds3cret",
      "jdbc:postgresql://db/nk?user%3Dana%26password%3Ds3cret%26ssl%3Dtrue",
      "jdbc:postgresql://db/nk?PASSWORD=s3cret",
      "jdbc:postgresql://db/nk;password=s3cret",
      "postgresql://ana:s3cret@db/nk",
      "postgresql://ana:s3/cret@db/nk",
      "jdbc:postgresql://db/nk?options=-c%20x%3D1&password=s3cret"
    };
    for (String url : urls) {
      assertThat(BankLocation.mask(url)).as(url).doesNotContain("s3").contains("***");
    }
    assertThat(BankLocation.mask("jdbc:postgresql://db/nk?user=ana&sslpassword=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/nk?user=ana&sslpassword=***&ssl=true");
  }

  @Test
  void twoSqliteBanksInOneFolderHaveTheirOwnIndexFolders() {
    BankLocation a = BankLocation.parse("/tmp/x/a.db");
    BankLocation b = BankLocation.parse("/tmp/x/b.db");
    assertThat(a.defaultIndexDirectory()).isNotEqualTo(b.defaultIndexDirectory());
    assertThat(a.defaultIndexDirectory().getParent()).isEqualTo(Path.of("/tmp/x"));
  }
}
