#include "auth/sessions.hpp"

#include <atomic>
#include <chrono>
#include <mutex>
#include <unordered_map>

#include "auth/catalogue.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"

namespace zhixie::auth {

using namespace std::chrono;

NewSession create_session(storage::Tx& tx, int64_t user_id, int64_t committee_id, const std::string& ip,
                          const std::string& user_agent, const AuthSettings& s) {
    NewSession n;
    n.token = crypto::random_token(32);
    n.csrf_token = crypto::random_token(24);
    auto now = clock::now();
    n.id = tx.insert(
        "INSERT INTO sessions (token_hash, user_id, committee_id, csrf_token, created_at, last_seen_at, "
        "expires_at, "
        "ip, user_agent) VALUES (:h, :u, :c, :csrf, :now, :now, :exp, :ip, :ua) RETURNING id",
        {{"h", crypto::sha256_hex(n.token)},
         {"u", user_id},
         {"c", committee_id},
         {"csrf", n.csrf_token},
         {"now", clock::iso(now)},
         {"exp", clock::iso(now + hours(s.absolute_hours))},
         {"ip", ip},
         {"ua", user_agent.substr(0, 300)}});
    return n;
}

std::optional<Principal> load_principal(storage::Tx& tx, int64_t user_id, const AuthSettings& s) {
    auto row = tx.one(
        "SELECT u.id, u.username, u.display_name, u.must_change_password, u.disabled, c.id AS committee_id, "
        "c.code, c.name, c.level FROM users u JOIN committees c ON c.id = u.committee_id WHERE u.id = :id",
        {{"id", user_id}});
    if (!row || row->i("disabled")) return std::nullopt;
    Principal p;
    p.user_id = row->i("id");
    p.username = row->s("username");
    p.display_name = row->s("display_name");
    p.must_change_password = row->i("must_change_password") && !s.demo;  // demo mode never forces a change
    p.committee_id = row->i("committee_id");
    p.committee_code = row->s("code");
    p.committee_name = row->s("name");
    p.committee_level = row->s("level");
    for (const auto& r : tx.query("SELECT role_code FROM user_roles WHERE user_id = :id ORDER BY role_code",
                                  {{"id", user_id}}))
        p.roles.push_back(r.s("role_code"));
    p.permissions = Catalogue::get().permissions_for(p.roles);
    return p;
}

namespace {

struct Cached {
    PrincipalPtr principal;
    clock::time_point fetched;
    clock::time_point last_seen;
    clock::time_point expires;
    uint64_t generation;
};

std::atomic<uint64_t> g_generation{1};
std::mutex g_cache_mutex;
std::unordered_map<std::string, Cached> g_cache;  // by token hash

PrincipalPtr cached(const std::string& hash, clock::time_point now, const AuthSettings& s) {
    std::lock_guard lock(g_cache_mutex);
    auto it = g_cache.find(hash);
    if (it == g_cache.end()) return nullptr;
    const Cached& c = it->second;
    bool fresh = c.generation == g_generation.load() && now - c.fetched < seconds(kSessionCacheSeconds) &&
                 c.expires > now && c.last_seen + minutes(s.idle_minutes) > now;
    if (!fresh) {
        g_cache.erase(it);
        return nullptr;
    }
    return c.principal;
}

void remember(const std::string& hash, PrincipalPtr p, clock::time_point now, clock::time_point last_seen,
              clock::time_point expires, uint64_t generation) {
    std::lock_guard lock(g_cache_mutex);
    if (g_cache.size() > 100000) g_cache.clear();  // bounded: a flood of tokens cannot grow it without end
    g_cache[hash] = {std::move(p), now, last_seen, expires, generation};
}

bool plausible_token(const std::string& token) {
    return !token.empty() && token.size() <= 100;
}

}  // namespace

void invalidate_cached_sessions() {
    ++g_generation;
    std::lock_guard lock(g_cache_mutex);
    g_cache.clear();
}

PrincipalPtr find_cached_session(const std::string& token, const AuthSettings& s) {
    if (!plausible_token(token)) return nullptr;
    return cached(crypto::sha256_hex(token), clock::now(), s);
}

PrincipalPtr find_session(storage::Db& db, const std::string& token, const AuthSettings& s) {
    if (!plausible_token(token)) return nullptr;
    const std::string hash = crypto::sha256_hex(token);
    auto now = clock::now();
    if (auto hit = cached(hash, now, s)) return hit;
    const uint64_t generation = g_generation.load();  // read before the database: a change meanwhile wins
    std::shared_ptr<Principal> p;
    bool touch = false;
    {
        auto tx = db.read();
        auto row = tx.one(
            "SELECT id, user_id, csrf_token, last_seen_at, expires_at, revoked_at FROM sessions WHERE "
            "token_hash = :h",
            {{"h", hash}});
        if (!row || !row->is_null("revoked_at")) return nullptr;
        auto last_seen = clock::parse_iso(row->s("last_seen_at"));
        if (clock::parse_iso(row->s("expires_at")) <= now || last_seen + minutes(s.idle_minutes) <= now)
            return nullptr;
        auto loaded = load_principal(tx, row->i("user_id"), s);
        if (!loaded) return nullptr;
        p = std::make_shared<Principal>(std::move(*loaded));
        p->session_id = row->i("id");
        p->csrf_token = row->s("csrf_token");
        touch = now - last_seen > seconds(60);
        remember(hash, p, now, touch ? now : last_seen, clock::parse_iso(row->s("expires_at")), generation);
    }
    if (touch) {  // keep idle expiry moving without a write on every request
        auto tx = db.write();
        tx.exec("UPDATE sessions SET last_seen_at = :now WHERE id = :id",
                {{"now", clock::iso(now)}, {"id", p->session_id}});
        tx.commit();
    }
    return p;
}

std::string session_cookie(const std::string& token, const AuthSettings& s) {
    return std::string(kSessionCookie) + "=" + token +
           "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" + std::to_string(s.absolute_hours * 3600) +
           (s.cookie_secure ? "; Secure" : "");
}

std::string clear_session_cookie(const AuthSettings& s) {
    return std::string(kSessionCookie) + "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0" +
           (s.cookie_secure ? "; Secure" : "");
}

}  // namespace zhixie::auth
