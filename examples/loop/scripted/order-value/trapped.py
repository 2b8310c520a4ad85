import csv
import os
from collections import defaultdict

value = defaultdict(float)
channel = {}
with open("data/order_lines.csv", newline="") as f:
    for row in csv.DictReader(f):
        value[row["order_id"]] += int(row["quantity"]) * float(row["unit_price"])
        channel[row["order_id"]] = row["channel"]

per_channel = defaultdict(list)
for order, v in value.items():
    per_channel[channel[order]].append(v)

os.makedirs("output", exist_ok=True)
with open("output/order_value.csv", "w", newline="") as f:
    out = csv.writer(f)
    out.writerow(["channel", "avg_order_value_eur"])
    for ch in sorted(per_channel):
        out.writerow([ch, f"{sum(per_channel[ch]) / len(per_channel[ch]):.2f}"])
