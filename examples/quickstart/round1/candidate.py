"""Monthly revenue per region from the shop's order lines."""
import os

import pandas as pd

ORDERS = "data/orders.csv"
OUT = "pred_results/monthly_revenue.csv"


def load_orders(path):
    orders = pd.read_csv(path, parse_dates=["order_date"])
    orders["month"] = orders["order_date"].dt.strftime("%Y-%m")
    return orders


def monthly_revenue(orders):
    # Revenue per order line: quantity times the price in US dollars.
    orders["revenue"] = orders["quantity"] * orders["price_usd"]
    table = (
        orders.groupby(["region", "month"], as_index=False)["revenue"]
        .sum()
        .sort_values(["region", "month"])
    )
    table["revenue"] = table["revenue"].round(2)
    return table


def main():
    orders = load_orders(ORDERS)
    table = monthly_revenue(orders)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    table.to_csv(OUT, index=False)
    print(f"wrote {len(table)} rows to {OUT}")


if __name__ == "__main__":
    main()
