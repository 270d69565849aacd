"""An inventory and sales report generator: parses CSV-like records,
aggregates with dicts and Counters, and prints aligned tables with
str.format, f-strings and %-formatting, plus a histogram and warnings."""
from collections import Counter, defaultdict, namedtuple

RAW_PRODUCTS = """\
sku,name,category,price,stock,reorder
A-100,Widget,hardware,2.50,120,50
A-101,Gadget,hardware,12.99,8,10
A-102,Sprocket,hardware,0.75,1500,500
B-200,Notebook,stationery,3.20,45,40
B-201,Pen (blue),stationery,0.99,300,100
B-202,Pen (red),stationery,0.99,12,100
C-300,Coffee beans 1kg,grocery,18.40,22,10
C-301,Green tea,grocery,6.75,0,15
C-302,Chocolate bar,grocery,1.85,210,60
D-400,USB cable,electronics,7.49,64,20
D-401,Headphones,electronics,59.00,5,5
"""

RAW_SALES = """\
2024-01-03 A-100 10
2024-01-03 B-201 25
2024-01-04 C-300 3
2024-01-05 D-401 1
2024-01-05 A-101 2
2024-01-09 A-100 40
2024-01-12 C-302 30
2024-01-15 B-200 5
2024-01-15 B-201 60
2024-01-21 D-400 7
2024-01-22 C-301 4
2024-01-28 A-102 250
2024-02-02 A-100 15
2024-02-03 D-401 2
2024-02-07 C-300 6
2024-02-11 B-202 12
2024-02-14 C-302 90
2024-02-18 X-999 1
2024-02-19 A-101 oops
2024-02-25 D-400 11
"""

Product = namedtuple("Product", "sku name category price stock reorder")
Sale = namedtuple("Sale", ["date", "sku", "qty"])


class ParseError(ValueError):
    pass


def parse_products(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    products = {}
    for lineno, line in enumerate(lines[1:], start=2):
        fields = dict(zip(header, line.split(",")))
        p = Product(fields["sku"], fields["name"], fields["category"], float(fields["price"]),
                    int(fields["stock"]), int(fields["reorder"]))
        products[p.sku] = p
    return products


def parse_sales(text, products):
    sales, problems = [], []
    for lineno, line in enumerate(text.splitlines(), start=1):
        try:
            date, sku, qty = line.split()
            if sku not in products:
                raise ParseError(f"unknown sku {sku}")
            sales.append(Sale(date, sku, int(qty)))
        except ValueError as e:
            problems.append(f"line {lineno}: {e}")
    return sales, problems


def money(x):
    return "${:,.2f}".format(x)


def table(rows, headers, aligns):
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    fmt = " | ".join("{:%s%d}" % (a, w) for a, w in zip(aligns, widths))
    sep = "-+-".join("-" * w for w in widths)
    out = [fmt.format(*headers), sep]
    out += [fmt.format(*r) for r in rows]
    return "\n".join(out)


def stock_report(products):
    rows = []
    for p in sorted(products.values(), key=lambda p: (p.category, p.sku)):
        value = p.price * p.stock
        flag = "REORDER" if p.stock <= p.reorder else ("out" if p.stock == 0 else "")
        if p.stock == 0:
            flag = "OUT OF STOCK"
        rows.append((p.sku, p.name, p.category, money(p.price), p.stock, money(value), flag))
    return table(rows, ("SKU", "Name", "Category", "Price", "Stock", "Value", "Status"),
                 ("<", "<", "<", ">", ">", ">", "<"))


def sales_report(sales, products):
    by_month = defaultdict(Counter)
    revenue = defaultdict(float)
    units = Counter()
    for s in sales:
        month = s.date[:7]
        p = products[s.sku]
        by_month[month][p.category] += s.qty
        revenue[month] += s.qty * p.price
        units[s.sku] += s.qty
    lines = []
    for month in sorted(by_month):
        cats = ", ".join(f"{c}={n}" for c, n in sorted(by_month[month].items()))
        lines.append("%s  %10s  %s" % (month, money(revenue[month]), cats))
    lines.append("")
    lines.append("Top sellers:")
    for rank, (sku, n) in enumerate(units.most_common(3), 1):
        lines.append(f"  {rank}. {products[sku].name:<18} {n:>5} units")
    return "\n".join(lines)


def histogram(products, width=40):
    values = {p.category: 0.0 for p in products.values()}
    for p in products.values():
        values[p.category] += p.price * p.stock
    top = max(values.values())
    lines = []
    for cat, v in sorted(values.items(), key=lambda kv: -kv[1]):
        bar = "#" * round(v / top * width)
        lines.append(f"{cat:>12} {bar:<{width}} {v:9.2f}")
    return "\n".join(lines)


def apply_sales(products, sales):
    warnings = []
    for s in sales:
        p = products[s.sku]
        left = p.stock - s.qty
        if left < 0:
            warnings.append(f"{s.date}: oversold {p.name} by {-left}")
            left = 0
        products[s.sku] = p._replace(stock=left)
    return warnings


if __name__ == "__main__":
    products = parse_products(RAW_PRODUCTS)
    sales, problems = parse_sales(RAW_SALES, products)
    print(f"{len(products)} products, {len(sales)} sales, {len(problems)} problems")
    for p in problems:
        print("  !", p)
    print()
    print(stock_report(products))
    print()
    print(sales_report(sales, products))
    print()
    for w in apply_sales(products, sales):
        print("warning:", w)
    print()
    print(stock_report(products))
    print()
    print(histogram(products))
    total = sum(p.price * p.stock for p in products.values())
    print("\nInventory value: %s (%.1f%% in hardware)" % (
        money(total), 100 * sum(p.price * p.stock for p in products.values() if p.category == "hardware") / total))
    cats = Counter(p.category for p in products.values())
    print("Categories:", dict(sorted(cats.items())), "| most common:", cats.most_common(1)[0])
    print("{0:*^40}".format(" end of report "))
