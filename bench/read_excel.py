"""The pandas side of the workbook import benchmark: reads a workbook as a data-savvy coach would.

    /usr/bin/python3 bench/read_excel.py bench/data/peer-100000.xlsx

pandas.read_excel with openpyxl, the engine pandas uses for .xlsx; prints the rows and columns read.
"""
import sys

import pandas

frame = pandas.read_excel(sys.argv[1], engine="openpyxl")
print(f"{len(frame)} rows, {len(frame.columns)} columns")
