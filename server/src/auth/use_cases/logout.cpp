#include "audit/audit_log.hpp"
#include "auth/sessions.hpp"
#include "auth/use_cases/account.hpp"
#include "core/clock.hpp"

namespace zhixie::auth {

void logout(storage::Db& db, const Principal& me, const audit::Actor& actor) {
    auto tx = db.write();
    tx.exec("UPDATE sessions SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL",
            {{"now", clock::now_iso()}, {"id", me.session_id}});
    audit::append(tx, actor, "auth.logout", "session", std::to_string(me.session_id));
    tx.commit();
    auth::invalidate_cached_sessions();
}

}  // namespace zhixie::auth
