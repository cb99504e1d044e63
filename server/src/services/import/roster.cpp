#include "services/import/roster.hpp"

#include "core/text.hpp"

namespace zhixie::import {

AppError to_error(const Problem& p) {
    nlohmann::json d = p.details;
    d["field"] = p.field;
    const int status = p.code == "duplicate" ? 409 : 400;
    return {status, p.code, d};
}

Roster::Roster(Table table, std::vector<Column> columns)
    : table_(std::move(table)), columns_(std::move(columns)) {
    for (const auto& c : columns_) {
        int at = -1;
        for (size_t k = 0; k < table_.header.size() && at < 0; ++k) {
            const std::string h = text::trim(table_.header[k]);
            if (h == c.header) at = static_cast<int>(k);
            for (const auto& a : c.aliases)
                if (h == a && at < 0) at = static_cast<int>(k);
        }
        if (at < 0 && c.required)
            throw AppError::unprocessable("import_missing_column", {{"column", c.header}});
        index_.push_back(at);
    }
}

int64_t Roster::row_number(size_t k) const {
    return k < table_.row_numbers.size() ? table_.row_numbers[k] : static_cast<int64_t>(k + 2);
}

int Roster::find(std::string_view field) const {
    for (size_t k = 0; k < columns_.size(); ++k)
        if (columns_[k].field == field) return static_cast<int>(k);
    return -1;
}

std::string Roster::cell(size_t k, std::string_view field) const {
    int c = find(field);
    if (c < 0 || index_[c] < 0) return "";
    const auto& row = table_.rows.at(k);
    return static_cast<size_t>(index_[c]) < row.size() ? text::trim(row[index_[c]]) : "";
}

std::string Roster::header_of(std::string_view field) const {
    int c = find(field);
    if (c < 0) return std::string(field);
    if (index_[c] >= 0) return text::trim(table_.header[index_[c]]);
    return columns_[c].header;
}

nlohmann::json problems_json(const Roster& roster, const std::vector<RowProblem>& problems, Lang lang) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& rp : problems) {
        const std::string column = roster.header_of(rp.problem.field);
        nlohmann::json d = rp.problem.details;
        d["field"] = column;
        // a detail that names another field ("after": "joined_on") is shown by that column's header too
        if (d.contains("after") && d["after"].is_string())
            d["after"] = roster.header_of(d["after"].get<std::string>());
        out.push_back({{"row", rp.row},
                       {"field", rp.problem.field},
                       {"column", column},
                       {"code", rp.problem.code},
                       {"message", error_message(rp.problem.code, lang, d)}});
    }
    return out;
}

}  // namespace zhixie::import
