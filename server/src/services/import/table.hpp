#pragma once
// Reading uploaded spreadsheets into rows of text cells: CSV in UTF-8 or GB18030 (what Chinese Excel
// writes) and .xlsx (first worksheet). The first row is the header.
#include <cstdint>
#include <string>
#include <vector>

namespace zhixie::import {

struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;  // each row padded to the header's width
    std::vector<int64_t> row_numbers;            // each row's number as the spreadsheet shows it (header: 1)
};

enum class Encoding { automatic, utf8, gb18030 };

// Throws AppError (400) with code import_bad_file / import_bad_encoding naming the problem (and row).
Table read_csv(const std::string& bytes, Encoding enc);
Table read_xlsx(const std::string& bytes);
// Picks the reader from the file name's extension or the bytes' signature.
Table read_table(const std::string& bytes, const std::string& filename, Encoding enc);

// "auto" (or empty), "utf8"/"utf-8", "gb18030"/"gbk" from a query string; 400 invalid_field encoding
// otherwise.
Encoding parse_encoding(const std::string& name);

// GB18030 → UTF-8 via ICU; throws std::runtime_error on bytes that are not GB18030.
std::string gb18030_to_utf8(const std::string& bytes);

}  // namespace zhixie::import
