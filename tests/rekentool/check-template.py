#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# check-template.py TEMPLATE PRODUCTS: checks what a provider gets, as another program reads it:
# protection without a password, unlocked and coloured input cells with a validation and a Dutch
# input message, a workbook-level name per field, the model formulas and no personal data.
import sys

import openpyxl


def fail(message):
    sys.exit("check-template: " + message)


def main():
    path, products = sys.argv[1], sys.argv[2].split(",")
    wb = openpyxl.load_workbook(path)
    try:
        names = {dn.name: dn for dn in wb.defined_names.definedName}
    except AttributeError:
        names = dict(wb.defined_names)
    for required in ["ovt_template_version", "ovt_consultation", "ovt_aanbieder_naam", "ovt_cao",
                     "ovt_periodiek_trede_0", "ovt_periodiek_trede_15", "ovt_bestuurder_naam",
                     "ovt_bestuurder_functie", "ovt_bestuurder_datum"]:
        if required not in names:
            fail("no name " + required)
    for p in products:
        for key in ["bruto_uurloon", "ziekteverzuim_pct", "productiviteit_pct", "kostprijs_per_uur"]:
            if "ovt_%s_%s" % (p, key) not in names:
                fail("no name ovt_%s_%s" % (p, key))
    for ws in wb.worksheets:
        if not ws.protection.sheet or ws.protection.password:
            fail("sheet %s is not protected, or has a password" % ws.title)
    inputs = 0
    for name, dn in names.items():
        if dn.localSheetId is not None:
            fail(name + " is not a workbook-level name")
        if name in ("ovt_template_version", "ovt_consultation"):
            continue
        for sheet, coord in dn.destinations:
            ws = wb[sheet]
            cell = ws[coord.replace("$", "")]
            if cell.protection.locked:
                fail(name + " is locked")
            if cell.fill.fgColor.rgb in (None, "00000000"):
                fail(name + " is not coloured")
            ref = coord.replace("$", "")
            prompts = [dv for dv in ws.data_validations.dataValidation if ref in dv.sqref and dv.prompt]
            if not prompts or not prompts[0].prompt.startswith("Vul hier"):
                fail(name + " has no Dutch input message")
            inputs += 1
    if inputs < 20 + 20 * len(products):
        fail("only %d input cells" % inputs)
    for ws in wb.worksheets[2:]:
        formulas = [c.value for row in ws.iter_rows() for c in row
                    if isinstance(c.value, str) and c.value.startswith("=")]
        if len(formulas) < 5:
            fail("sheet %s shows no model cost price" % ws.title)
        if not ws["A1"].protection.locked:
            fail("labels of %s are not locked" % ws.title)
    props = wb.properties
    for field in ("creator", "lastModifiedBy"):
        if getattr(props, field):
            fail("document property %s holds %r" % (field, getattr(props, field)))


main()
