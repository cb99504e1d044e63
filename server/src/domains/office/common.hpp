#pragma once
// Shared by the office areas (rules, publicity, care, tasks, plans, assessment): months and quarters,
// dates written the Chinese way, the committee's staff and bodies, the signed-in user's own staff record,
// optimistic versions and paged lists.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "auth/principal.hpp"
#include "core/field_errors.hpp"
#include "services/print/document.hpp"
#include "storage/db.hpp"

namespace zhixie::office {

// "2026-05" / "2026Q2" naming a real month or quarter.
bool is_month(const std::string& s);
bool is_quarter(const std::string& s);
// First and last day of a month or quarter: {"2026-05-01", "2026-05-31"}.
std::pair<std::string, std::string> month_days(const std::string& month);
std::pair<std::string, std::string> quarter_days(const std::string& quarter);
// "2026-05" moved by whole months: add_months("2026-01", -2) == "2025-11".
std::string add_months(const std::string& month, int n);
// The month / quarter of a date (YYYY-MM-DD): "2026-05", "2026Q2".
std::string month_of(const std::string& date);
std::string quarter_of(const std::string& date);
// The China-time day of a stored UTC time ("2026-05-03T17:00:00Z" → "2026-05-04").
std::string cst_date(const std::string& iso_time);
using print::cn_date;  // "2026-05-03" → "2026年5月3日"

// An optional text field: adds field_too_long when it has more than max characters.
bool max_chars(FieldErrors& e, const std::string& field, const std::string& v, size_t max);

// 409 stale_version unless the client edited the current version.
void expect_version(int64_t current, int64_t sent);

// A staff member of the committee with their body's name (columns id, name, gender, birth_date, status,
// body_id, body_name, user_id), or nothing.
std::optional<storage::Row> find_staff(storage::Tx& tx, int64_t committee_id, int64_t staff_id);
bool body_exists(storage::Tx& tx, int64_t committee_id, int64_t body_id);
// The staff record the signed-in user is linked to, if any.
std::optional<int64_t> my_staff_id(storage::Tx& tx, const auth::Principal& me);

// {"items":[…],"total":N} of rows.
nlohmann::json items_json(const storage::Rows& rows);
// One page of "SELECT <columns> <from_where> ORDER BY <order>" with the total count; each row as its columns,
// or as `shape` makes it.
using RowShape = std::function<nlohmann::json(const storage::Row&)>;
nlohmann::json page_of(storage::Tx& tx, const std::string& columns, const std::string& from_where,
                       const std::string& order, storage::Params params, int64_t page, int64_t page_size,
                       const RowShape& shape = nullptr);

storage::Value nullable(const std::optional<int64_t>& v);
storage::Value nullable(const std::string& s);  // NULL when empty

}  // namespace zhixie::office
