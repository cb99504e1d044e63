#pragma once
// Rosters uploaded as spreadsheets (staff, members…): the columns an import understands, found by their
// Chinese header (or a usual alternative), and each data row's cells by field with the row's number as the
// spreadsheet shows it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "services/import/table.hpp"

namespace zhixie::import {

struct Column {
    std::string field;                 // the field it fills: "id_card"
    std::string header;                // its header in exports: "身份证号"
    std::vector<std::string> aliases;  // other headers people use for it: "身份证号码"
    bool required = false;             // the column must be there (its cells are checked per row)
};

class Roster {
  public:
    // Finds each column by header; 400 import_missing_columns naming the required ones that are absent.
    Roster(Table table, std::vector<Column> columns);

    size_t size() const { return table_.rows.size(); }
    int64_t row_number(size_t k) const;
    // The trimmed cell of data row k for a field ("" when the file has no such column).
    std::string cell(size_t k, std::string_view field) const;
    const std::vector<Column>& columns() const { return columns_; }

  private:
    Table table_;
    std::vector<Column> columns_;
    std::vector<int> index_;  // per column: its position in the file, or -1
};

}  // namespace zhixie::import
