#include "services/export/xlsx.hpp"

#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/crypto.hpp"
#include "core/input.hpp"

namespace zhixie::exporting {

std::string to_xlsx(const Sheet& sheet) {
    // libxlsxwriter writes to a file; use a private temporary one.
    auto path =
        std::filesystem::temp_directory_path() / ("zhixie-export-" + crypto::random_token(9) + ".xlsx");
    lxw_workbook* wb = workbook_new(path.c_str());
    if (!wb) throw std::runtime_error("cannot create workbook");
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.title.empty() ? nullptr : sheet.title.c_str());
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xEFF3F8);
    for (size_t c = 0; c < sheet.header.size(); ++c) {
        worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), sheet.header[c].c_str(), bold);
        size_t width = input::utf8_length(sheet.header[c]) * 2 + 2;
        for (const auto& r : sheet.rows)
            if (c < r.size()) width = std::max(width, std::min<size_t>(input::utf8_length(r[c]) * 2 + 2, 60));
        worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                             static_cast<double>(width), nullptr);
    }
    worksheet_freeze_panes(ws, 1, 0);
    for (size_t r = 0; r < sheet.rows.size(); ++r)
        for (size_t c = 0; c < sheet.rows[r].size(); ++c)
            worksheet_write_string(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c),
                                   sheet.rows[r][c].c_str(), nullptr);
    lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        std::filesystem::remove(path);
        throw std::runtime_error(std::string("xlsx export failed: ") + lxw_strerror(err));
    }
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::filesystem::remove(path);
    return ss.str();
}

}  // namespace zhixie::exporting
