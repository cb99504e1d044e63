#include "http/context.hpp"

#include <charconv>
#include <optional>

#include "core/text.hpp"

namespace zhixie::http {

namespace {

// The key path of the first string (key or value) holding U+0000, or nullopt. C strings end there, so a NUL
// would silently cut text short somewhere below; it is refused at the door instead.
std::optional<std::string> nul_path(const nlohmann::json& j, const std::string& at) {
    if (j.is_string()) {
        if (j.get_ref<const std::string&>().find('\0') != std::string::npos) return at.empty() ? "body" : at;
        return std::nullopt;
    }
    if (j.is_object()) {
        for (const auto& [k, v] : j.items()) {
            std::string here = at.empty() ? k : at + "." + k;
            if (k.find('\0') != std::string::npos) return here;
            if (auto p = nul_path(v, here)) return p;
        }
    } else if (j.is_array()) {
        size_t i = 0;
        for (const auto& v : j) {
            if (auto p = nul_path(v, at + "[" + std::to_string(i++) + "]")) return p;
        }
    }
    return std::nullopt;
}

}  // namespace

const nlohmann::json& Context::body() {
    if (body_) return *body_;
    const std::string& b = req_.body;
    if (!text::valid_utf8(b)) throw AppError::bad_request("invalid_utf8");
    if (text::trim(b).empty()) {
        body_ = nlohmann::json::object();
        return *body_;
    }
    try {
        body_ = nlohmann::json::parse(b);
    } catch (const nlohmann::json::parse_error& e) {
        throw AppError::bad_request("invalid_json", {{"offset", e.byte}});
    }
    if (!body_->is_object()) throw AppError::bad_request("invalid_json", {{"offset", 0}});
    if (auto field = nul_path(*body_, "")) {
        body_.reset();
        throw AppError::invalid_field(*field);
    }
    return *body_;
}

const auth::Principal& Context::user() const {
    if (!principal_) throw AppError::unauthenticated();
    return *principal_;
}

audit::Actor Context::actor() const {
    if (!principal_) return {std::nullopt, std::nullopt, "", req_.client_ip};
    return {principal_->user_id, principal_->committee_id, principal_->username, req_.client_ip};
}

int64_t Context::id(const std::string& name) const {
    std::string v = param(name);
    int64_t out = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || p != v.data() + v.size() || out <= 0) throw AppError::not_found();
    return out;
}

std::string Context::param(const std::string& name) const {
    auto it = params_.find(name);
    return it == params_.end() ? std::string() : it->second;
}

std::string Context::query(const std::string& name, const std::string& fallback) const {
    auto it = req_.query.find(name);
    return it == req_.query.end() ? fallback : it->second;
}

std::optional<int64_t> Context::query_int(const std::string& name) const {
    std::string v = query(name);
    if (v.empty()) return std::nullopt;
    int64_t out = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || p != v.data() + v.size()) throw AppError::invalid_field(name);
    return out;
}

std::pair<int64_t, int64_t> Context::paging(int64_t default_size, int64_t max_size) const {
    auto num = [&](const std::string& key, int64_t fallback) {
        auto v = query_int(key);
        if (v && *v < 1) throw AppError::invalid_field(key);
        return v.value_or(fallback);
    };
    int64_t page = num("page", 1);
    int64_t size = num("page_size", default_size);
    if (size > max_size) size = max_size;
    return {page, size};
}

}  // namespace zhixie::http
