"""Reads Leerteam's action lists back with independent readers: the workbook with openpyxl, the CSV
files with Python's csv module (RFC 4180, and the Dutch Excel variant with ";" and a byte order
mark). Checks that all three hold the same rows, every diacritic intact, dates as real dates in the
workbook, and no participant's name anywhere.

    check_actions.py CASE.json LIST.xlsx LIST.csv LIST-nl-excel.csv

Exits non-zero at the first difference, saying what.
"""

import csv
import datetime
import json
import sys

import openpyxl


def read_csv(path, delimiter, bom):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf") != bom:
        raise AssertionError(f"{path}: byte order mark {'missing' if bom else 'unexpected'}")
    if not data.endswith(b"\r\n") or b"\r\n" not in data.split(b"\n", 1)[0] + b"\n":
        raise AssertionError(f"{path}: records do not end in CRLF")
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, delimiter=delimiter, strict=True))
    # A field that would start a formula has a quote in front: the same text as the workbook's.
    return [[f[1:] if f[:2] in ("'=", "'+", "'@") else f for f in row] for row in rows]


def read_xlsx(path):
    sheet = openpyxl.load_workbook(path).active
    if sheet.freeze_panes != "A2":
        raise AssertionError(f"the header row is not frozen: {sheet.freeze_panes}")
    formulas = [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    if formulas:
        raise AssertionError(f"cells read as formulas: {formulas}")
    rows = []
    for row in sheet.iter_rows(values_only=True):
        cells = []
        for value in row:
            if isinstance(value, datetime.datetime):
                cells.append(value.date().isoformat())
            elif value is None:
                cells.append("")
            else:
                cells.append(str(value))
        rows.append(cells)
    return rows


def main(case_path, xlsx_path, csv_path, excel_path):
    case = json.load(open(case_path, encoding="utf-8"))["case"]
    workbook = read_xlsx(xlsx_path)
    plain = read_csv(csv_path, ",", bom=False)
    excel = read_csv(excel_path, ";", bom=True)
    if not (workbook == plain == excel):
        for n, (a, b, c) in enumerate(zip(workbook, plain, excel)):
            if not (a == b == c):
                raise AssertionError(f"row {n + 1} differs:\n xlsx {a}\n csv  {b}\n nl   {c}")
        raise AssertionError(f"row counts differ: {len(workbook)} {len(plain)} {len(excel)}")
    header, rows = workbook[0], workbook[1:]
    if header[:3] != ["Casus", "Experiment", "Titel"]:
        raise AssertionError(f"header: {header}")
    if len(rows) != len(case["experiments"]):
        raise AssertionError(f"{len(rows)} rows for {len(case['experiments'])} experiments")
    by_id = {x["id"]: x for x in case["experiments"]}
    text = "\n".join("\t".join(r) for r in rows)
    for row in rows:
        experiment = by_id[int(row[1])]
        if experiment.get("review_on") and row[8] != experiment["review_on"]:
            raise AssertionError(f"next review {row[8]} for {experiment['review_on']}")
    if "'=HYPERLINK" not in open(csv_path, encoding="utf-8").read():
        raise AssertionError("a field like a formula is not kept as text in the CSV")
    planted = case["experiments"][0]["action"]
    if planted not in text:
        raise AssertionError(f"the planted action with diacritics is not intact: {planted!r}")
    for participant in case["participants"]:
        for part in (participant.get("name") or "").split():
            if len(part) > 3 and part in text:
                raise AssertionError(f"a participant's name is in the list: {part!r}")
    print(f"ok  {len(rows)} rows, the same in xlsx, csv and Dutch Excel csv")


if __name__ == "__main__":
    main(*sys.argv[1:])
