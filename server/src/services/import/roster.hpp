#pragma once
// Rosters uploaded as spreadsheets (staff, members…): the columns an import understands, found by their
// Chinese header (or a usual alternative), the problems found per row, and those problems as the list the
// preview shows — row number, field, column and a message in the user's language.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "services/import/table.hpp"

namespace zhixie::import {

struct Column {
    std::string field;                 // the API field it fills: "id_card"
    std::string header;                // its header in exports and templates: "身份证号"
    std::vector<std::string> aliases;  // other headers people use for it: "身份证号码"
    bool required = false;             // the column must be there (its cells may still be checked per row)
};

// What is wrong with one field: an error code from messages.cpp and its details (without "field").
struct Problem {
    std::string field;
    std::string code;
    nlohmann::json details = nlohmann::json::object();
};

// The HTTP error for a single-record write (400 for bad input, 409 for a duplicate).
AppError to_error(const Problem& p);

struct RowProblem {
    int64_t row = 0;  // as the spreadsheet numbers it
    Problem problem;
};

class Roster {
  public:
    // Finds each column by header; 422 import_missing_column naming a required column that is absent.
    Roster(Table table, std::vector<Column> columns);

    size_t size() const { return table_.rows.size(); }
    int64_t row_number(size_t k) const;
    // The trimmed cell of data row k for a field ("" when the file has no such column).
    std::string cell(size_t k, std::string_view field) const;
    // The column's header as the user knows it (the file's own, or the standard one).
    std::string header_of(std::string_view field) const;
    const std::vector<Column>& columns() const { return columns_; }

  private:
    Table table_;
    std::vector<Column> columns_;
    std::vector<int> index_;  // per column: its position in the file, or -1
    int find(std::string_view field) const;
};

// [{row, field, column, code, message}] in the given language; the message names the column.
nlohmann::json problems_json(const Roster& roster, const std::vector<RowProblem>& problems, Lang lang);

}  // namespace zhixie::import
