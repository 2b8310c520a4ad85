import csv
import os
from collections import Counter

# The logger names the station column "site", not "station".
counts = Counter()
with open("data/readings.csv", newline="") as f:
    for row in csv.DictReader(f):
        if row["temperature_c"].strip():
            counts[row["site"]] += 1

os.makedirs("output", exist_ok=True)
with open("output/counts.csv", "w", newline="") as f:
    out = csv.writer(f)
    out.writerow(["station", "readings"])
    for station in sorted(counts):
        out.writerow([station, counts[station]])
