"""Writes exhibitors.xlsx, the spreadsheet case of the import corpus (needs openpyxl)."""
from openpyxl import Workbook

book = Workbook()
sheet = book.active
sheet.title = "Exhibitors"
sheet.append(["회사명", "Country", "Sector", "Area (m²)", "Priority", "External ID"])
sheet.append(["한빛통신", "Korea", "5G networks", 18, 3, "X-001"])
sheet.append(["Công ty Viễn thông Sông Hồng", "Viet Nam", "Cybersecurity", 9.5, 2, "X-002"])
sheet.append(["Nordwave Systems", "United States", "Satellite", 36, 1, "X-003"])
sheet.append([None, "Korea", "AI", 9, 1, "X-004"])
book.save("exhibitors.xlsx")
