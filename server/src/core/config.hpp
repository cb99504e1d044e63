#pragma once
// Server settings. Precedence: command line > environment (ZHIXIE_*) > config file (TOML) > defaults.
#include <cstdint>
#include <optional>
#include <string>

namespace zhixie {

struct Config {
    std::string database = "sqlite:///var/lib/zhixie/zhixie.db";
    std::string listen = "127.0.0.1:8080";
    std::string web_root;  // empty: API only
    bool demo = false;     // demo mode: initial passwords need not be changed
    std::size_t max_body_bytes = 1024 * 1024;
    int session_idle_minutes = 120;
    int session_absolute_hours = 12;
    int lockout_attempts = 5;
    int lockout_minutes = 15;
    int threads = 0;  // network threads; 0 = number of cores
    int db_pool = 8;  // database connections (and handler threads)
    int idle_timeout_seconds = 60;
    bool trust_proxy = false;    // take the client address from X-Forwarded-For (behind nginx)
    bool cookie_secure = false;  // mark the session cookie Secure (served over TLS)
};

// Applies a TOML file (if given) and then ZHIXIE_* environment variables over the defaults.
// Throws std::runtime_error with a readable message on a bad file or value.
Config load_config(const std::optional<std::string>& file);

}  // namespace zhixie
