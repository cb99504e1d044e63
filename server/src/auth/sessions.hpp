#pragma once
// Sessions live in the database so that any server instance can serve any request. The cookie holds a
// random token; the database keeps only its SHA-256. Idle and absolute expiry; revocable.
#include <memory>
#include <optional>
#include <string>

#include "auth/principal.hpp"
#include "storage/db.hpp"

namespace zhixie::auth {

struct AuthSettings {
    int idle_minutes = 120;
    int absolute_hours = 12;
    int lockout_attempts = 5;
    int lockout_minutes = 15;
    bool demo = false;  // initial passwords need not be changed
    bool cookie_secure = false;
};

inline constexpr const char* kSessionCookie = "zx_session";

struct NewSession {
    int64_t id = 0;
    std::string token;
    std::string csrf_token;
};

NewSession create_session(storage::Tx& tx, int64_t user_id, int64_t committee_id, const std::string& ip,
                          const std::string& user_agent, const AuthSettings& s);

// A signed-in user, shared (read-only) between the session cache and the requests it serves.
using PrincipalPtr = std::shared_ptr<const Principal>;

// The principal for a session token, or null when unknown, revoked, expired or the user is disabled.
PrincipalPtr find_session(storage::Db& db, const std::string& token, const AuthSettings& s);
// The same answer only when this instance holds it in memory (never touches the database): null means "ask
// find_session", not "signed out".
PrincipalPtr find_cached_session(const std::string& token, const AuthSettings& s);

// Sessions are looked up on every request; the answer is kept in memory for a few seconds. Any change to a
// session, a user's roles, password or status calls this so this instance never serves a stale answer
// (other instances see the change within the cache's lifetime, kSessionCacheSeconds).
void invalidate_cached_sessions();
inline constexpr int kSessionCacheSeconds = 5;

// Loads user + committee + roles into a principal (session fields left empty).
std::optional<Principal> load_principal(storage::Tx& tx, int64_t user_id, const AuthSettings& s);

// Set-Cookie header values.
std::string session_cookie(const std::string& token, const AuthSettings& s);
std::string clear_session_cookie(const AuthSettings& s);

}  // namespace zhixie::auth
