#pragma once
// .xlsx exports with Chinese headers (libxlsxwriter): one sheet, a bold frozen header row, widths set.
#include <string>
#include <vector>

namespace zhixie::exporting {

struct Sheet {
    std::string title;                           // sheet name
    std::vector<std::string> header;             // column titles
    std::vector<std::vector<std::string>> rows;  // cells as text
};

// The workbook's bytes.
std::string to_xlsx(const Sheet& sheet);

inline constexpr const char* kXlsxMime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

}  // namespace zhixie::exporting
