package org.negativeknowledge.cli.curate;

import picocli.CommandLine.Command;

/** {@code nk curate}: turns failed attempts into NK records (through a model, or offline). */
@Command(name = "curate", mixinStandardHelpOptions = true,
    description = {
      "Turns failed research attempts into negative-knowledge records.",
      "A live model call needs ANTHROPIC_API_KEY (ANTHROPIC_BASE_URL is honoured); --offline needs neither."
    },
    subcommands = {
      CurateDepth1Command.class,
      CurateDeepCommand.class,
      CurateRound2Command.class,
      CurateBatchCommand.class,
    })
public final class CurateCommand {}
