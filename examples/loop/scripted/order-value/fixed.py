import csv
import os
from collections import defaultdict

# unit_price is kept in cents (the smallest unit of EUR): divide by 100 for euros.
cents = defaultdict(int)
channel = {}
with open("data/order_lines.csv", newline="") as f:
    for row in csv.DictReader(f):
        cents[row["order_id"]] += int(row["quantity"]) * int(row["unit_price"])
        channel[row["order_id"]] = row["channel"]

per_channel = defaultdict(list)
for order, c in cents.items():
    per_channel[channel[order]].append(c / 100)

os.makedirs("output", exist_ok=True)
with open("output/order_value.csv", "w", newline="") as f:
    out = csv.writer(f)
    out.writerow(["channel", "avg_order_value_eur"])
    for ch in sorted(per_channel):
        out.writerow([ch, f"{sum(per_channel[ch]) / len(per_channel[ch]):.2f}"])
