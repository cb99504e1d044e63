#pragma once
// Reading typed fields out of a JSON request body, with errors that name the field.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace zhixie::input {

std::string req_str(const nlohmann::json& body, const std::string& field, size_t max_chars = 200);
std::optional<std::string> opt_str(const nlohmann::json& body, const std::string& field,
                                   size_t max_chars = 200);
int64_t req_int(const nlohmann::json& body, const std::string& field);
std::optional<int64_t> opt_int(const nlohmann::json& body, const std::string& field);
std::optional<bool> opt_bool(const nlohmann::json& body, const std::string& field);
std::optional<std::vector<std::string>> opt_str_list(const nlohmann::json& body, const std::string& field);
std::optional<std::vector<int64_t>> opt_int_list(const nlohmann::json& body, const std::string& field);
// A whole number from a query-string value ("" → nullopt); 400 invalid_field naming the parameter otherwise.
std::optional<int64_t> query_int(const std::string& value, const std::string& field);
// A field that may be given as a number or as null to clear it: nullopt when absent, {nullopt} for null.
std::optional<std::optional<int64_t>> opt_nullable_int(const nlohmann::json& body, const std::string& field);
// Number of Unicode code points in valid UTF-8.
size_t utf8_length(const std::string& s);

}  // namespace zhixie::input
