"""A scripted solver for the example tasks: it stands in for a model, so nk loop runs without a key.

nk loop runs it as `--solver command:'python3 examples/loop/scripted/solver.py'` once per attempt,
in a folder holding the files the task may read; the prompt arrives on stdin (and in prompt.md),
the attempt in request.json. Like a first attempt that does not read the data's conventions
closely, it writes the trapped program (scripted/TASK/trapped.py) unless the prompt carries the
lesson of the task's trap (the regular expression in scripted/TASK/lesson.txt), which only a memory
of an earlier failure puts there; then it writes the fixed program. For the bank entries it is
shown, it adopts those whose text carries the lesson and rejects the rest.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    prompt = sys.stdin.read()
    request = json.load(open("request.json"))
    task = request["task_id"]
    folder = os.path.join(HERE, task)
    if not os.path.isdir(folder):
        sys.exit(f"scripted solver: no script for task {task} in {HERE}")
    lesson = re.compile(open(os.path.join(folder, "lesson.txt")).read().strip(), re.IGNORECASE)
    learned = lesson.search(prompt) is not None
    version = "fixed" if learned else "trapped"
    with open(os.path.join(folder, version + ".py")) as src, open(request["candidate"], "w") as out:
        out.write(src.read())
    with open("plan.txt", "w") as f:
        f.write(("apply the lesson of the earlier failure: " if learned else "read the data and compute directly: ")
                + f"the {version} program for {task}")
    with open("reasoning.md", "w") as f:
        f.write(f"# Scripted attempt\n\nThe prompt {'carries' if learned else 'does not carry'} the lesson"
                f" /{lesson.pattern}/, so this attempt writes the {version} program.\n")
    decisions = []
    entries = re.split(r"(?m)^(?=\[)", prompt)
    for shown in request.get("shown", []):
        text = next((e for e in entries if shown["entry_id"] in e), "")
        useful = lesson.search(text) is not None
        decisions.append({"entry_id": shown["entry_id"], "decision": "adopt" if useful else "reject",
                          "reason": "it names the trap this task shares" if useful else "it is about another failure"})
    if decisions:
        with open("decisions.json", "w") as f:
            json.dump(decisions, f)


if __name__ == "__main__":
    main()
