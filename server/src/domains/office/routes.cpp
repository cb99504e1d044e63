#include "domains/office/routes.hpp"

#include <charconv>

#include "app/routes.hpp"
#include "core/clock.hpp"
#include "core/input.hpp"
#include "domains/office/common.hpp"
#include "domains/office/villages/routes.hpp"

namespace zhixie::routes {

namespace office_params {

int year(const http::Context& c) {
    std::string v = c.query("year");
    if (v.empty()) return std::stoi(clock::today_cst().substr(0, 4));
    int y = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), y);
    if (ec != std::errc() || p != v.data() + v.size() || y < 1949 || y > 2200)
        throw AppError::invalid_field("year");
    return y;
}

std::string month(const http::Context& c) {
    std::string v = c.query("month", clock::today_cst().substr(0, 7));
    if (!office::is_month(v)) throw AppError::invalid_field("month", "YYYY-MM");
    return v;
}

std::string quarter(const http::Context& c) {
    std::string v = c.query("quarter", office::quarter_of(clock::today_cst()));
    if (!office::is_quarter(v)) throw AppError::invalid_field("quarter", "YYYYQ1–YYYYQ4");
    return v;
}

std::optional<int64_t> id(const http::Context& c, const std::string& name) {
    std::string v = c.query(name);
    if (v.empty()) return std::nullopt;
    int64_t out = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || p != v.data() + v.size()) throw AppError::invalid_field(name);
    return out;
}

std::string str(const nlohmann::json& body, const std::string& field, size_t max_chars) {
    return input::opt_str(body, field, max_chars).value_or("");
}

}  // namespace office_params

void office(http::Router& r, App& app) {
    office_rules(r, app);
    office_publicity(r, app);
    office_care(r, app);
    office_tasks(r, app);
    office_plans(r, app);
    office_assessment(r, app);
    office_villages(r, app);
}

}  // namespace zhixie::routes
