package org.negativeknowledge.app.operation;

import java.util.List;
import org.negativeknowledge.app.protocol.Protocol;

/**
 * Every operation the front ends offer, described once: the MCP tools ({@code nk_} + name) take
 * these arguments, the HTTP API parses its bodies and queries with them, and the command line's
 * options use the same names.
 */
public final class Operations {
  private Operations() {}

  private static final List<String> DECISIONS = List.of("adopt", "reject");
  private static final List<String> OUTCOMES = List.of("success", "partial", "failure");

  /** Full-text search with filters. */
  public static final Operation SEARCH = new Operation("search",
      "Search the negative-knowledge bank (BM25 full text with filters). Returns hits with id, polarity, facets,"
          + " snippet, the original record and any warning flags such as 'possibly misleading'.",
      SearchParams.params());

  /** One entry, optionally with its history. */
  public static final Operation GET = Operation.of("get",
      "Get one bank entry by id: the original record, metadata, provenance, usefulness and flags.",
      Param.text("id", "the entry id").asRequired(),
      Param.bool("history", "also return every revision, oldest first"));

  /** Every revision of an entry. */
  public static final Operation HISTORY = Operation.of("history", "Every revision of one entry, oldest first.",
      Param.text("id", "the entry id").asRequired());

  /** Opens a consultation. */
  public static final Operation CONSULT = Operation.of("consult",
      "Consult the bank BEFORE proposing an experiment: state the task and what you are about to try. Returns a"
          + " memory block of the relevant entries and a consultation_id; then decide adopt or reject, with a"
          + " one-line reason, on every surfaced entry, then propose.",
      Param.text("task", "the task id you work on").asRequired(),
      Param.text("context", "what you are about to try, concretely (method, library, parameters)").asRequired(),
      Param.text("domain", "your domain (ranks same-domain entries higher)"),
      Param.bool("domain_only", "only entries of your domain (a filter instead of a preference)"),
      Param.integer("token_budget", "most tokens the memory block may cost (default "
          + Protocol.DEFAULT_TOKEN_BUDGET + ")", 1, 1_000_000).alias("budget"));

  private static final Operation DECISION = Operation.of("decision", "one decision on a surfaced entry",
      Param.text("entry_id", "a surfaced entry").asRequired(),
      Param.choice("decision", "adopt (it shapes the experiment) or reject (it does not apply)", DECISIONS).asRequired(),
      Param.text("reason", "one line: why").asRequired());

  /** Records decisions on surfaced entries. */
  public static final Operation DECIDE = Operation.of("decide",
      "Record adopt/reject decisions on entries a consultation surfaced: either entry_id + decision + reason, or"
          + " a 'decisions' array of such objects. Returns the decisions in force.",
      Param.text("consultation_id", "the id the consultation returned").asRequired(),
      Param.text("entry_id", "a surfaced entry (single decision)"),
      Param.choice("decision", "adopt or reject (single decision)", DECISIONS),
      Param.text("reason", "one line: why (single decision)"),
      Param.objects("decisions", "several decisions at once", DECISION));

  /** Proposes the experiment. */
  public static final Operation PROPOSE = Operation.of("propose",
      "Propose the experiment a consultation led to. Refused while a surfaced entry has no decision. Cites the"
          + " adopted entries, lists the rejected ones, warns about ruled-out routes (strict: refuses them).",
      Param.text("consultation_id", "the id the consultation returned").asRequired(),
      Param.object("experiment", "the experiment (paper fields: method, params, ic, T, bank_use_rationale, ...)"),
      Param.text("method", "the experiment's method as text (when no experiment object is given)"),
      Param.bool("strict", "refuse instead of warn when the route matches a ruled-out route"));

  /** Closes an experiment with its outcome. */
  public static final Operation FINDING = Operation.of("finding",
      "Report how a proposed experiment turned out; the bank learns which adopted entries helped or misled.",
      Param.text("experiment_id", "the id the proposal returned").asRequired(),
      Param.choice("outcome", "how it turned out", OUTCOMES).asRequired(),
      Param.object("diagnostics", "measured values"),
      Param.text("note", "a short free-text note"));

  /** Checks whether a route was ruled out. */
  public static final Operation CHECK_ROUTE = Operation.of("check_route",
      "Check whether a route (method) was already ruled out: deep records' ruled-out routes, negative entries'"
          + " attempted routes and failed experiments, best match first, each with why it matches.",
      Param.text("route", "the route to check, concretely").asRequired(),
      Param.text("task", "restrict failed experiments to this task"),
      Param.text("domain", "restrict bank entries to this domain"));

  /** Adds one validated record. */
  public static final Operation ADD = Operation.of("add",
      "Add a record (depth-1, deep or knowledge entry) to the bank. It is validated first (strict by default);"
          + " an invalid record is refused with every issue (path, code, message).",
      Param.object("record", "the record JSON object").asRequired(),
      Param.text("domain", "domain for a record without one"),
      Param.text("author", "who wrote it"),
      Param.text("source", "provenance tag"),
      Param.choice("level", "validation level (default strict)", List.of("strict", "reference")));

  /** Stores a corrected revision. */
  public static final Operation REVISE = Operation.of("revise",
      "Store a corrected revision of an entry; the old revision is kept as superseded.",
      Param.object("record", "the corrected record").asRequired(),
      Param.text("reason", "why the correction is made").asRequired(),
      Param.text("author", "who corrects it"),
      Param.integer("expected_revision", "refuse unless this is the current revision", 1, Integer.MAX_VALUE));

  /** Retracts an entry. */
  public static final Operation RETRACT = Operation.of("retract", "Retract an entry (a new revision, status retracted).",
      Param.text("reason", "why it is retracted").asRequired(),
      Param.text("author", "who retracts it"));

  /** One round of a curation: a folder, files, or the texts inline. */
  public static final Operation ROUND = Operation.of("round",
      "one failed round: a folder, the files, or the texts inline",
      Param.text("dir", "a round folder (candidate.*, exec.log, reasoning.md, eval.log?) the server may read"),
      Param.text("code", "path of the code the attempt ran"),
      Param.text("exec_log", "path of the execution log"),
      Param.text("reasoning", "path of the reasoning notes"),
      Param.text("eval_log", "path of the evaluator log"),
      Param.text("code_text", "the code, inline"),
      Param.text("exec_log_text", "the execution log, inline"),
      Param.text("reasoning_text", "the reasoning notes, inline"),
      Param.text("eval_log_text", "the evaluator log, inline"));

  /** Curates failed rounds into one record and stores it. */
  public static final Operation CURATE = Operation.of("curate",
      "Curate failed rounds into one NK record (1 round: depth-1; with round1_record: round-2; N >= 2: deep record"
          + " of depth N) and add it to the bank when valid. Uses the model curator when an API key is configured,"
          + " else the offline one. The same failure curated again counts an occurrence of the existing entry.",
      Param.text("task_id", "the task the rounds belong to").asRequired(),
      Param.text("instruction", "the task instruction"),
      Param.objects("rounds", "one object per failed round, oldest first", ROUND).asRequired(),
      Param.object("round1_record", "for a round-2 curation: the round-1 record the attempt was given"),
      Param.text("domain", "domain of the record in the bank"),
      Param.bool("add_to_bank", "add the record when valid (default true)"),
      Param.bool("offline", "use the offline curator even when a model is configured"));

  /** The ledger's most recent consultations. */
  public static final Operation CONSULTATIONS = Operation.of("consultations",
      "The most recent consultations of every task, newest first, with their decisions and outcome.",
      Param.integer("limit", "how many (default 20)", 1, 500));

  /** The research graph of a task. */
  public static final Operation GRAPH = Operation.of("graph", "The research graph of a task, in time order.",
      Param.text("task", "the task").asRequired());

  /** Every operation an MCP client can call as a tool, in the order they are listed. */
  public static final List<Operation> TOOLS =
      List.of(SEARCH, GET, CONSULT, DECIDE, PROPOSE, FINDING, CHECK_ROUTE, ADD, CURATE);
}
