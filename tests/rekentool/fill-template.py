#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# fill-template.py: fills a rekentool template's named input cells with openpyxl, as a provider would.
# Usage: fill-template.py TEMPLATE OUTPUT VALUES.json   (VALUES maps defined names to values)
import datetime
import json
import sys

import openpyxl


def named_cells(wb):
    try:
        names = list(wb.defined_names.definedName)
    except AttributeError:  # openpyxl >= 3.1 keeps them in a dict
        names = list(wb.defined_names.values())
    for dn in names:
        for sheet, coord in dn.destinations:
            yield dn.name, sheet, coord.replace("$", "")


def main():
    template, output, values_path = sys.argv[1:4]
    with open(values_path, encoding="utf-8") as f:
        values = json.load(f)
    wb = openpyxl.load_workbook(template)
    seen = set()
    for name, sheet, coord in named_cells(wb):
        if name in values:
            value = values[name]
            # JSON has no dates: "date:2026-11-20" stands for one.
            if isinstance(value, str) and value.startswith("date:"):
                value = datetime.datetime.strptime(value[5:], "%Y-%m-%d")
            wb[sheet][coord] = value
            seen.add(name)
    missing = sorted(set(values) - seen)
    if missing:
        sys.exit("names not in the template: " + ", ".join(missing))
    wb.save(output)


main()
