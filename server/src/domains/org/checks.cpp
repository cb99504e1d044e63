// Checks and the versioned UPDATE shared by the organisation and staff use cases.
#include "core/dates.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "domains/org/internal.hpp"

namespace zhixie::org {

void check_version(const nlohmann::json& current, int64_t expected) {
    if (current.value("version", int64_t{0}) != expected)
        throw AppError::conflict("stale_version", {{"current_version", current["version"]}});
}

std::string check_date(const std::string& field, const std::string& value, bool required) {
    if (text::trim(value).empty()) {
        if (required) throw AppError::missing_field(field);
        return "";
    }
    auto d = dates::normalise(value);
    if (!d) throw AppError::invalid_field(field, "YYYY-MM-DD");
    return *d;
}

void check_choice(const std::string& field, const std::string& value,
                  const std::vector<std::string>& choices) {
    for (const auto& c : choices)
        if (c == value) return;
    std::string all;
    for (const auto& c : choices)
        all += (all.empty() ? "" : " | ") + c;
    throw AppError::invalid_field(field, all);
}

void check_member(storage::Tx& tx, int64_t committee_id, const std::optional<int64_t>& member_id,
                  const std::string& field) {
    if (!member_id) return;
    if (!tx.one("SELECT id FROM members WHERE id = :m AND committee_id = :c",
                {{"m", *member_id}, {"c", committee_id}}))
        throw AppError::invalid_field(field, "no such member");
}

void update_versioned(storage::Tx& tx, const std::string& table, int64_t committee_id, int64_t id,
                      int64_t version, const Changes& changes) {
    std::string sql = "UPDATE " + table + " SET ";
    storage::Params p{{"id", id}, {"c", committee_id}, {"v", version}};
    for (const auto& [column, value] : changes) {
        sql += column + " = :set_" + column + ", ";
        p.emplace_back("set_" + column, value);
    }
    sql += "version = version + 1 WHERE id = :id AND committee_id = :c AND version = :v";
    if (tx.exec(sql, p) == 0) throw AppError::conflict("stale_version");
}

void check_body_name(storage::Tx& tx, int64_t committee_id, const std::string& name,
                     std::optional<int64_t> except_id) {
    if (text::trim(name).empty()) throw AppError::missing_field("name");
    auto same = tx.one(
        "SELECT id FROM bodies WHERE committee_id = :c AND name = :n AND abolished_on IS NULL AND id <> :x",
        {{"c", committee_id}, {"n", name}, {"x", except_id.value_or(0)}});
    if (same) throw AppError::conflict("duplicate", {{"field", "name"}});
}

void check_body(storage::Tx& tx, int64_t committee_id, const std::optional<int64_t>& body_id,
                const std::string& field) {
    if (!body_id) return;
    auto row = tx.one("SELECT abolished_on FROM bodies WHERE id = :b AND committee_id = :c",
                      {{"b", *body_id}, {"c", committee_id}});
    if (!row) throw AppError::invalid_field(field, "no such body");
    if (!row->is_null("abolished_on")) throw AppError::invalid_field(field, "abolished");
}

}  // namespace zhixie::org
