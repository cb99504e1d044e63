#pragma once
// The signed-in user's own account: sign out, change password, list and revoke sessions.
#include <string>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "auth/sessions.hpp"
#include "storage/db.hpp"

namespace zhixie::auth {

void logout(storage::Db& db, const Principal& me, const audit::Actor& actor);

// Checks the current password and the policy, stores the new hash, clears the must-change flag and
// ends the user's other sessions.
void change_password(storage::Db& db, const Principal& me, const audit::Actor& actor,
                     const std::string& current, const std::string& next);

// {"items":[{id, created_at, last_seen_at, ip, user_agent, current}], "total"}
nlohmann::json list_sessions(storage::Db& db, const Principal& me, const AuthSettings& s);

// Revokes one of the user's own sessions (404 for anyone else's).
void revoke_session(storage::Db& db, const Principal& me, const audit::Actor& actor, int64_t session_id);

// The payload of login and GET /me: {"user":…, "permissions":[…], "csrf_token":…}
nlohmann::json me_json(const Principal& p);
// The same payload as text, written directly rather than through a JSON tree: GET /me answers on every page.
std::string me_document(const Principal& p);

}  // namespace zhixie::auth
