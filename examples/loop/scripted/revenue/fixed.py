import csv
import os
from collections import defaultdict

# unit_price is kept in cents (the smallest unit of EUR): divide by 100 for euros.
cents = defaultdict(int)
with open("data/orders.csv", newline="") as f:
    for row in csv.DictReader(f):
        if row["order_date"].startswith("2024-03"):
            cents[row["region"]] += int(row["quantity"]) * int(row["unit_price"])

os.makedirs("output", exist_ok=True)
with open("output/revenue.csv", "w", newline="") as f:
    out = csv.writer(f)
    out.writerow(["region", "revenue_eur"])
    for region in sorted(cents):
        out.writerow([region, f"{cents[region] / 100:.2f}"])
