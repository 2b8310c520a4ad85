package org.negativeknowledge.bank.consult.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.search.Candidate;

/**
 * Collapses the candidates of one program into one place of the ranking: entries that share a
 * program (the same {@code task_id}, or a {@code task_id} equal to another entry's id, as the same
 * lesson carried by two banks) are shown together where the best-ranked of them stands, under the
 * deepest of them (the synthesis of the program's rounds; among equals the best-ranked), the others
 * listed by id beneath it. Several rounds of one program therefore no longer crowd other programs
 * out of a budget.
 */
final class SiblingCollapse {

  /** One place in the collapsed ranking: the entry shown and the siblings listed under it, best first. */
  record Group(Candidate shown, List<Candidate> listed) {}

  private SiblingCollapse() {}

  static List<Group> collapse(List<Candidate> ranked) {
    Map<String, List<Candidate>> byProgram = new LinkedHashMap<>();
    for (Candidate c : ranked) {
      byProgram.computeIfAbsent(program(c.entry()), k -> new ArrayList<>()).add(c);
    }
    List<Group> out = new ArrayList<>(byProgram.size());
    for (List<Candidate> members : byProgram.values()) {
      Candidate head = members.get(0);
      for (Candidate c : members) {
        if (c.entry().depth() > head.entry().depth()) {
          head = c;
        }
      }
      List<Candidate> rest = new ArrayList<>(members);
      rest.remove(head);
      out.add(new Group(head, rest));
    }
    return out;
  }

  private static String program(BankEntry e) {
    return e.taskId() != null && !e.taskId().isBlank() ? e.taskId().strip() : e.id();
  }
}
