package org.negativeknowledge.bank;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.negativeknowledge.bank.consult.ConsultationContractTest;

/** The consultation contract on PostgreSQL; skipped without {@code NK_TEST_POSTGRES_URL}. */
@RequiresPostgres
class PostgresConsultationTest extends ConsultationContractTest {
  @RegisterExtension static final PostgresSchemas schemas = new PostgresSchemas("nk_test_");

  @Override
  protected String newBankUrl() {
    return schemas.newBankUrl();
  }
}
