package org.negativeknowledge.app.loop.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.negativeknowledge.app.loop.LoopTask;
import org.negativeknowledge.app.loop.Memory;
import org.negativeknowledge.app.loop.ShownEntry;
import org.negativeknowledge.app.loop.internal.exec.ProcessRun;

/**
 * The prompt of an attempt, without the answer section each solver adds: the task, the files it may
 * read (their heads), how its program runs, and the memory the condition shows. A plain retry gets
 * exactly the prompt of the first attempt.
 */
final class PromptBuilder {
  /** The most of one readable file shown in the prompt. */
  static final int FILE_HEAD_BYTES = 6 * 1024;
  /** The most lines of one readable file shown in the prompt. */
  static final int FILE_HEAD_LINES = 40;

  private PromptBuilder() {}

  static String build(LoopTask task, Memory memory, List<ShownEntry> shown) {
    StringBuilder b = new StringBuilder();
    b.append("# Task ").append(task.id()).append("\n\n").append(task.instruction().strip()).append("\n");
    files(b, task);
    b.append("\n## Your program\n\n");
    if (task.run().isPresent()) {
      b.append("Write `").append(task.candidate()).append("`. It runs as `").append(task.run().get())
          .append("` in a fresh folder holding the files above, with a time limit of ")
          .append(ProcessRun.seconds(task.timeLimit())).append(" and a memory limit of ").append(task.memoryLimitMb())
          .append(" MiB. Whatever the task asks for must be in that folder when it ends.\n");
    } else {
      b.append("Write `").append(task.candidate()).append("`, a self-contained program that solves the task.\n");
    }
    memory(b, memory, shown);
    return b.toString();
  }

  private static void files(StringBuilder b, LoopTask task) {
    if (task.files().isEmpty() || task.workspace().isEmpty()) {
      return;
    }
    b.append("\n## Files you may read\n");
    for (String f : task.files()) {
      Path p = task.workspace().get().resolve(f);
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(p);
      } catch (IOException e) {
        throw new UncheckedIOException(p + ": cannot read a file of task " + task.id() + ": " + e.getMessage(), e);
      }
      String text = new String(bytes, 0, Math.min(bytes.length, FILE_HEAD_BYTES), StandardCharsets.UTF_8);
      List<String> lines = text.lines().toList();
      boolean cut = bytes.length > FILE_HEAD_BYTES || lines.size() > FILE_HEAD_LINES;
      String head = String.join("\n", lines.subList(0, Math.min(lines.size(), FILE_HEAD_LINES)));
      b.append("\n### ").append(f).append(" (").append(String.format(Locale.ROOT, "%,d", bytes.length)).append(" bytes")
          .append(cut ? "; its first lines" : "").append(")\n\n```\n").append(head).append("\n```\n");
    }
  }

  private static void memory(StringBuilder b, Memory memory, List<ShownEntry> shown) {
    switch (memory.kind()) {
      case NONE -> { }
      case RECORD -> b.append("\n## What the last failure taught\n\n")
          .append("An earlier attempt at this task failed. A curator read its code and logs and wrote this record of")
          .append(" the failure: the route tried, what happened, why it failed and what to do instead. The next attempt")
          .append(" sees only this record.\n\n```json\n").append(memory.text().strip()).append("\n```\n");
      case DEEP_RECORD -> b.append("\n## What the earlier failures taught\n\n")
          .append("Several attempts at this task failed. A curator read all of them and wrote this record: each round's")
          .append(" route and outcome, the routes now ruled out, one diagnosis and the route to take instead. Do not")
          .append(" repeat a ruled-out route.\n\n```json\n").append(memory.text().strip()).append("\n```\n");
      case RAW_ARTIFACTS -> {
        b.append("\n## Your previous attempt\n\nThe previous attempt failed. Its code and logs follow.\n");
        for (Memory.Part p : memory.parts()) {
          b.append("\n### ").append(p.name()).append("\n\n```\n").append(p.text().strip()).append("\n```\n");
        }
      }
      case BANK -> {
        b.append("\n## The shared negative-knowledge bank\n\n");
        if (shown.isEmpty()) {
          b.append("The bank was consulted before this attempt; it holds nothing relevant to this task yet.\n");
        } else {
          b.append("The bank was consulted before this attempt. It surfaced the entries below, each with its id. Decide")
              .append(" on every one: adopt it (it shapes this attempt) or reject it (it does not apply here), with a")
              .append(" one-line reason.\n\n").append(memory.text().strip()).append("\n\nEntries to decide on: ");
          b.append(String.join(", ", shown.stream().map(ShownEntry::entryId).toList())).append("\n");
        }
      }
      default -> throw new IllegalStateException("memory kind " + memory.kind());
    }
  }
}
