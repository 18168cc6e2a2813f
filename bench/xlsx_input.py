"""Turns a gen.py CSV into the .xlsx workbook Excel would save from it, for the workbook import benchmark.

    /usr/bin/python3 bench/xlsx_input.py bench/data/peer-100000.csv bench/data/peer-100000.xlsx [COLUMNS]

One sheet "Responses": the text columns (respondent, couple, partner) as shared strings, as Excel
stores them; submitted_at as a date-time cell; the answers as numbers, a skipped answer as no cell.
The sheet is written row by row into the zip, so a million rows need little memory. COLUMNS keeps
only the first columns (27 by default: the four identity columns and 23 answers, the shape of the
80,000-row export in issue 11), so that a million rows stay below Tandem's 100 MB workbook limit.
"""
import csv
import datetime
import sys
import zipfile

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
EPOCH = datetime.datetime(1899, 12, 30)
TEXT_COLUMNS = 3  # respondent_id, couple_id, partner
DATE_COLUMN = 3   # submitted_at


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def excel_date(text):
    moment = datetime.datetime.strptime(text.rstrip("Z"), "%Y-%m-%dT%H:%M:%S")
    return (moment - EPOCH).total_seconds() / 86400


def main(source, target, columns):
    strings = {}

    def shared(text):
        index = strings.get(text)
        if index is None:
            index = strings[text] = len(strings)
        return index

    with open(source, newline="") as csv_file, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as book:
        rows = csv.reader(csv_file)
        header = next(rows)[:columns]
        names = [column_name(c) for c in range(len(header))]
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            out = []
            out.append(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{NS}"><sheetData>')
            out.append('<row r="1">' + "".join(f'<c r="{names[c]}1" t="s"><v>{shared(h)}</v></c>'
                                              for c, h in enumerate(header)) + "</row>")
            for number, row in enumerate(rows, start=2):
                cells = []
                for c, value in enumerate(row[:columns]):
                    if value == "":
                        continue
                    ref = f"{names[c]}{number}"
                    if c < TEXT_COLUMNS:
                        cells.append(f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>')
                    elif c == DATE_COLUMN:
                        cells.append(f'<c r="{ref}" s="1"><v>{excel_date(value)}</v></c>')
                    else:
                        cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                out.append(f'<row r="{number}">' + "".join(cells) + "</row>")
                if len(out) >= 1000:
                    sheet.write("".join(out).encode("utf-8"))
                    out.clear()
            out.append("</sheetData></worksheet>")
            sheet.write("".join(out).encode("utf-8"))
        with book.open("xl/sharedStrings.xml", "w", force_zip64=True) as table:
            table.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{NS}"'
                        f' uniqueCount="{len(strings)}">'.encode("utf-8"))
            chunk = []
            for text in strings:
                chunk.append(f"<si><t>{escape(text)}</t></si>")
                if len(chunk) >= 10000:
                    table.write("".join(chunk).encode("utf-8"))
                    chunk.clear()
            table.write(("".join(chunk) + "</sst>").encode("utf-8"))
        book.writestr("[Content_Types].xml",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                      f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                      '<Default Extension="xml" ContentType="application/xml"/>'
                      f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
                      f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT}.worksheet+xml"/>'
                      f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>'
                      f'<Override PartName="/xl/styles.xml" ContentType="{CT}.styles+xml"/></Types>')
        book.writestr("_rels/.rels",
                      f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL}">'
                      f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        book.writestr("xl/_rels/workbook.xml.rels",
                      f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL}">'
                      f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                      f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                      f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/></Relationships>')
        book.writestr("xl/workbook.xml",
                      f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{NS}" xmlns:r="{REL}">'
                      '<sheets><sheet name="Responses" sheetId="1" r:id="rId1"/></sheets></workbook>')
        book.writestr("xl/styles.xml",
                      f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{NS}">'
                      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
                      '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
                      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                      '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                      '</cellXfs></styleSheet>')


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: xlsx_input.py INPUT.csv OUTPUT.xlsx [COLUMNS]")
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 27)
