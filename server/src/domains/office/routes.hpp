#pragma once
// The office's routes, one registrar per area, and the small readers of query and body fields they share.
#include <cstdint>
#include <optional>
#include <string>

#include "app/app.hpp"
#include "http/router.hpp"

namespace zhixie::routes {

void office_rules(http::Router& r, App& app);
void office_publicity(http::Router& r, App& app);
void office_care(http::Router& r, App& app);
void office_tasks(http::Router& r, App& app);
void office_plans(http::Router& r, App& app);
void office_assessment(http::Router& r, App& app);

namespace office_params {
// ?year= (default: this year in China time); 400 invalid_field when it is not a year.
int year(const http::Context& c);
// ?month=YYYY-MM (default: this month); 400 invalid_field otherwise.
std::string month(const http::Context& c);
// ?quarter=YYYYQn (default: this quarter); 400 invalid_field otherwise.
std::string quarter(const http::Context& c);
// An optional numeric query parameter.
std::optional<int64_t> id(const http::Context& c, const std::string& name);
// An optional string field of the body, "" when absent.
std::string str(const nlohmann::json& body, const std::string& field, size_t max_chars = 200);
}  // namespace office_params

}  // namespace zhixie::routes
