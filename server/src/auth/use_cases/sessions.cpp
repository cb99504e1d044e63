#include <chrono>

#include "audit/audit_log.hpp"
#include "auth/sessions.hpp"
#include "auth/catalogue.hpp"
#include "auth/use_cases/account.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"

namespace zhixie::auth {

nlohmann::json list_sessions(storage::Db& db, const Principal& me, const AuthSettings& s) {
    auto tx = db.read();
    const std::string idle_cutoff = clock::iso(clock::now() - std::chrono::minutes(s.idle_minutes));
    auto rows = tx.query(
        "SELECT id, created_at, last_seen_at, ip, user_agent FROM sessions WHERE user_id = :u AND revoked_at "
        "IS NULL "
        "AND expires_at > :now AND last_seen_at > :idle ORDER BY last_seen_at DESC",
        {{"u", me.user_id}, {"now", clock::now_iso()}, {"idle", idle_cutoff}});
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : rows) {
        auto o = r.json();
        o["current"] = r.i("id") == me.session_id;
        items.push_back(o);
    }
    return {{"items", items}, {"total", items.size()}};
}

void revoke_session(storage::Db& db, const Principal& me, const audit::Actor& actor, int64_t session_id) {
    if (session_id == me.session_id) throw AppError::unprocessable("cannot_revoke_current");
    auto tx = db.write();
    int64_t n = tx.exec(
        "UPDATE sessions SET revoked_at = :now WHERE id = :id AND user_id = :u AND committee_id = :c AND "
        "revoked_at "
        "IS NULL",
        {{"now", clock::now_iso()}, {"id", session_id}, {"u", me.user_id}, {"c", me.committee_id}});
    if (n == 0) throw AppError::not_found();
    audit::append(tx, actor, "auth.session_revoked", "session", std::to_string(session_id));
    tx.commit();
    auth::invalidate_cached_sessions();
}

namespace {

nlohmann::json user_json(const Principal& p) {
    return {{"user",
             {{"id", p.user_id},
              {"username", p.username},
              {"display_name", p.display_name},
              {"roles", p.roles},
              {"must_change_password", p.must_change_password},
              {"committee",
               {{"id", p.committee_id},
                {"code", p.committee_code},
                {"name", p.committee_name},
                {"level", p.committee_level}}}}},
            {"csrf_token", p.csrf_token}};
}

bool plain_ascii(const std::string& s) {
    for (unsigned char c : s)
        if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') return false;
    return true;
}

}  // namespace

nlohmann::json me_json(const Principal& p) {
    auto j = user_json(p);
    j["permissions"] = p.permissions;
    return j;
}

std::string me_document(const Principal& p) {
    std::string out = user_json(p).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out.pop_back();  // the closing brace: the permissions follow
    out += ",\"permissions\":[";
    bool first = true;
    for (const auto& code : p.permissions) {
        if (!first) out += ',';
        first = false;
        if (plain_ascii(code)) {  // module:resource:action codes always are
            out += '"';
            out += code;
            out += '"';
        } else {
            out += nlohmann::json(code).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        }
    }
    out += "]}";
    return out;
}

}  // namespace zhixie::auth
