#include "domains/office/common.hpp"

#include <fmt/format.h>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/input.hpp"

namespace zhixie::office {

namespace {

bool digits(const std::string& s, size_t from, size_t n) {
    for (size_t k = from; k < from + n; ++k)
        if (k >= s.size() || s[k] < '0' || s[k] > '9') return false;
    return true;
}

int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

}  // namespace

bool is_month(const std::string& s) {
    if (s.size() != 7 || s[4] != '-' || !digits(s, 0, 4) || !digits(s, 5, 2)) return false;
    int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2));
    return y >= 1949 && y <= 2200 && m >= 1 && m <= 12;
}

bool is_quarter(const std::string& s) {
    if (s.size() != 6 || s[4] != 'Q' || !digits(s, 0, 4) || s[5] < '1' || s[5] > '4') return false;
    int y = std::stoi(s.substr(0, 4));
    return y >= 1949 && y <= 2200;
}

std::pair<std::string, std::string> month_days(const std::string& month) {
    int y = std::stoi(month.substr(0, 4)), m = std::stoi(month.substr(5, 2));
    return {month + "-01", fmt::format("{}-{:02d}", month, days_in_month(y, m))};
}

std::pair<std::string, std::string> quarter_days(const std::string& quarter) {
    int y = std::stoi(quarter.substr(0, 4)), q = quarter[5] - '0';
    return {fmt::format("{}-{:02d}-01", y, q * 3 - 2), month_days(fmt::format("{}-{:02d}", y, q * 3)).second};
}

std::string add_months(const std::string& month, int n) {
    int index = std::stoi(month.substr(0, 4)) * 12 + std::stoi(month.substr(5, 2)) - 1 + n;
    return fmt::format("{}-{:02d}", index / 12, index % 12 + 1);
}

std::string month_of(const std::string& date) {
    return date.substr(0, 7);
}

std::string quarter_of(const std::string& date) {
    int m = std::stoi(date.substr(5, 2));
    return date.substr(0, 4) + "Q" + std::to_string((m + 2) / 3);
}

std::string cst_date(const std::string& iso_time) {
    return clock::iso(clock::parse_iso(iso_time) + std::chrono::hours(8)).substr(0, 10);
}

bool max_chars(FieldErrors& e, const std::string& field, const std::string& v, size_t max) {
    if (input::utf8_length(v) <= max) return true;
    e.add(field, "field_too_long", {{"max", max}});
    return false;
}

void expect_version(int64_t current, int64_t sent) {
    if (current != sent) throw AppError::conflict("stale_version", {{"current_version", current}});
}

std::optional<storage::Row> find_staff(storage::Tx& tx, int64_t committee_id, int64_t staff_id) {
    return tx.one(
        "SELECT s.id, s.name, s.gender, s.birth_date, s.status, s.body_id, b.name AS body_name, s.user_id "
        "FROM "
        "staff s LEFT JOIN bodies b ON b.id = s.body_id WHERE s.id = :id AND s.committee_id = :c",
        {{"id", staff_id}, {"c", committee_id}});
}

bool body_exists(storage::Tx& tx, int64_t committee_id, int64_t body_id) {
    return tx
        .one("SELECT id FROM bodies WHERE id = :id AND committee_id = :c",
             {{"id", body_id}, {"c", committee_id}})
        .has_value();
}

std::optional<int64_t> my_staff_id(storage::Tx& tx, const auth::Principal& me) {
    auto r = tx.one("SELECT id FROM staff WHERE committee_id = :c AND user_id = :u",
                    {{"c", me.committee_id}, {"u", me.user_id}});
    if (!r) return std::nullopt;
    return r->i("id");
}

nlohmann::json items_json(const storage::Rows& rows) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : rows)
        items.push_back(r.json());
    return {{"items", items}, {"total", items.size()}};
}

nlohmann::json page_of(storage::Tx& tx, const std::string& columns, const std::string& from_where,
                       const std::string& order, storage::Params params, int64_t page, int64_t page_size,
                       const RowShape& shape) {
    int64_t total = tx.one("SELECT COUNT(*) AS n " + from_where, params)->i("n");
    params.emplace_back("lim", page_size);
    params.emplace_back("off", (page - 1) * page_size);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r :
         tx.query("SELECT " + columns + " " + from_where + " ORDER BY " + order + " LIMIT :lim OFFSET :off",
                  params))
        items.push_back(shape ? shape(r) : r.json());
    return {{"items", items}, {"total", total}};
}

storage::Value nullable(const std::optional<int64_t>& v) {
    return v ? storage::Value(*v) : storage::Value{};
}

storage::Value nullable(const std::string& s) {
    return s.empty() ? storage::Value{} : storage::Value(s);
}

}  // namespace zhixie::office
