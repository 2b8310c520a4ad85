import csv
import os
from collections import defaultdict

revenue = defaultdict(float)
with open("data/orders.csv", newline="") as f:
    for row in csv.DictReader(f):
        if row["order_date"].startswith("2024-03"):
            revenue[row["region"]] += int(row["quantity"]) * float(row["unit_price"])

os.makedirs("output", exist_ok=True)
with open("output/revenue.csv", "w", newline="") as f:
    out = csv.writer(f)
    out.writerow(["region", "revenue_eur"])
    for region in sorted(revenue):
        out.writerow([region, f"{revenue[region]:.2f}"])
