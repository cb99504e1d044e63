#include "core/input.hpp"

#include <charconv>

#include "core/error.hpp"
#include "core/text.hpp"

namespace zhixie::input {

size_t utf8_length(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

namespace {
const nlohmann::json* field_of(const nlohmann::json& body, const std::string& field) {
    if (!body.is_object()) throw AppError::bad_request("invalid_json", {{"offset", 0}});
    auto it = body.find(field);
    if (it == body.end() || it->is_null()) return nullptr;
    return &*it;
}
}  // namespace

std::optional<std::string> opt_str(const nlohmann::json& body, const std::string& field, size_t max_chars) {
    const auto* v = field_of(body, field);
    if (!v) return std::nullopt;
    if (!v->is_string()) throw AppError::invalid_field(field);
    std::string s = v->get<std::string>();
    // "\u0000" is valid JSON, but PostgreSQL cannot store NUL and would cut the text short there
    if (s.find('\0') != std::string::npos) throw AppError::invalid_field(field, "NUL");
    if (utf8_length(s) > max_chars)
        throw AppError(400, "invalid_field",
                       {{"field", field}, {"reason", "max " + std::to_string(max_chars)}});
    return s;
}

std::string req_str(const nlohmann::json& body, const std::string& field, size_t max_chars) {
    auto s = opt_str(body, field, max_chars);
    if (!s || text::trim(*s).empty()) throw AppError::missing_field(field);
    return *s;
}

std::optional<int64_t> opt_int(const nlohmann::json& body, const std::string& field) {
    const auto* v = field_of(body, field);
    if (!v) return std::nullopt;
    if (!v->is_number_integer()) throw AppError::invalid_field(field);
    return v->get<int64_t>();
}

int64_t req_int(const nlohmann::json& body, const std::string& field) {
    auto v = opt_int(body, field);
    if (!v) throw AppError::missing_field(field);
    return *v;
}

std::optional<bool> opt_bool(const nlohmann::json& body, const std::string& field) {
    const auto* v = field_of(body, field);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) throw AppError::invalid_field(field);
    return v->get<bool>();
}

std::optional<std::vector<std::string>> opt_str_list(const nlohmann::json& body, const std::string& field) {
    const auto* v = field_of(body, field);
    if (!v) return std::nullopt;
    if (!v->is_array()) throw AppError::invalid_field(field);
    std::vector<std::string> out;
    for (const auto& e : *v) {
        if (!e.is_string()) throw AppError::invalid_field(field);
        out.push_back(e.get<std::string>());
    }
    return out;
}

std::optional<std::vector<int64_t>> opt_int_list(const nlohmann::json& body, const std::string& field) {
    const auto* v = field_of(body, field);
    if (!v) return std::nullopt;
    if (!v->is_array()) throw AppError::invalid_field(field);
    std::vector<int64_t> out;
    for (const auto& e : *v) {
        if (!e.is_number_integer()) throw AppError::invalid_field(field);
        out.push_back(e.get<int64_t>());
    }
    return out;
}

std::optional<int64_t> query_int(const std::string& value, const std::string& field) {
    if (value.empty()) return std::nullopt;
    int64_t out = 0;
    auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (ec != std::errc() || p != value.data() + value.size()) throw AppError::invalid_field(field);
    return out;
}

std::optional<std::optional<int64_t>> opt_nullable_int(const nlohmann::json& body, const std::string& field) {
    if (!body.is_object() || !body.contains(field)) return std::nullopt;
    if (body[field].is_null()) return std::optional<int64_t>{};
    return opt_int(body, field);
}

}  // namespace zhixie::input
