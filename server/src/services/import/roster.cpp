#include "services/import/roster.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "core/text.hpp"

namespace zhixie::import {

Roster::Roster(Table table, std::vector<Column> columns)
    : table_(std::move(table)), columns_(std::move(columns)) {
    std::string missing;
    for (const auto& c : columns_) {
        int at = -1;
        for (size_t k = 0; k < table_.header.size() && at < 0; ++k) {
            const std::string h = text::trim(table_.header[k]);
            if (h == c.header || std::find(c.aliases.begin(), c.aliases.end(), h) != c.aliases.end())
                at = static_cast<int>(k);
        }
        if (at < 0 && c.required) missing += (missing.empty() ? "" : "、") + c.header;
        index_.push_back(at);
    }
    if (!missing.empty()) throw AppError::bad_request("import_missing_columns", {{"columns", missing}});
}

int64_t Roster::row_number(size_t k) const {
    return k < table_.row_numbers.size() ? table_.row_numbers[k] : static_cast<int64_t>(k + 2);
}

std::string Roster::cell(size_t k, std::string_view field) const {
    for (size_t c = 0; c < columns_.size(); ++c) {
        if (columns_[c].field != field || index_[c] < 0) continue;
        const auto& row = table_.rows.at(k);
        return static_cast<size_t>(index_[c]) < row.size() ? text::trim(row[index_[c]]) : "";
    }
    return "";
}

}  // namespace zhixie::import
