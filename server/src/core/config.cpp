#include "core/config.hpp"

#include <cstdlib>
#include <stdexcept>

#include <toml++/toml.h>

namespace zhixie {
namespace {

void apply_toml(Config& c, const std::string& file) {
    toml::table t;
    try {
        t = toml::parse_file(file);
    } catch (const toml::parse_error& e) {
        throw std::runtime_error("config file " + file + ": " + std::string(e.description()));
    }
    auto str = [&](const char* key, std::string& out) {
        if (auto v = t[key].value<std::string>()) out = *v;
    };
    auto num = [&](const char* key, auto& out) {
        if (auto v = t[key].value<int64_t>()) out = static_cast<std::remove_reference_t<decltype(out)>>(*v);
    };
    auto flag = [&](const char* key, bool& out) {
        if (auto v = t[key].value<bool>()) out = *v;
    };
    str("database", c.database);
    str("listen", c.listen);
    str("web_root", c.web_root);
    flag("demo", c.demo);
    num("max_body_bytes", c.max_body_bytes);
    num("session_idle_minutes", c.session_idle_minutes);
    num("session_absolute_hours", c.session_absolute_hours);
    num("lockout_attempts", c.lockout_attempts);
    num("lockout_minutes", c.lockout_minutes);
    num("threads", c.threads);
    num("db_pool", c.db_pool);
    num("idle_timeout_seconds", c.idle_timeout_seconds);
    flag("trust_proxy", c.trust_proxy);
    flag("cookie_secure", c.cookie_secure);
}

bool truthy(const char* v) {
    std::string s(v);
    return s == "1" || s == "true" || s == "yes" || s == "on";
}

void apply_env(Config& c) {
    if (const char* v = std::getenv("ZHIXIE_DATABASE")) c.database = v;
    if (const char* v = std::getenv("ZHIXIE_LISTEN")) c.listen = v;
    if (const char* v = std::getenv("ZHIXIE_WEB_ROOT")) c.web_root = v;
    if (const char* v = std::getenv("ZHIXIE_DEMO")) c.demo = truthy(v);
    if (const char* v = std::getenv("ZHIXIE_MAX_BODY_BYTES")) c.max_body_bytes = std::stoul(v);
    if (const char* v = std::getenv("ZHIXIE_TRUST_PROXY")) c.trust_proxy = truthy(v);
    if (const char* v = std::getenv("ZHIXIE_COOKIE_SECURE")) c.cookie_secure = truthy(v);
}

}  // namespace

Config load_config(const std::optional<std::string>& file) {
    Config c;
    std::optional<std::string> path = file;
    if (!path)
        if (const char* v = std::getenv("ZHIXIE_CONFIG")) path = v;
    if (path) apply_toml(c, *path);
    apply_env(c);
    if (c.max_body_bytes < 1024) throw std::runtime_error("max_body_bytes must be at least 1024");
    if (c.lockout_attempts < 1 || c.lockout_minutes < 1)
        throw std::runtime_error("lockout settings must be positive");
    return c;
}

}  // namespace zhixie
