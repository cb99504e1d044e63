#include "audit/audit_log.hpp"
#include "auth/sessions.hpp"
#include "auth/password.hpp"
#include "auth/use_cases/account.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"

namespace zhixie::auth {

void change_password(storage::Db& db, const Principal& me, const audit::Actor& actor,
                     const std::string& current, const std::string& next) {
    std::string hash;
    {
        auto tx = db.read();
        auto row = tx.one("SELECT password_hash FROM users WHERE id = :id", {{"id", me.user_id}});
        if (!row) throw AppError::unauthenticated();
        hash = row->s("password_hash");
    }
    if (!verify_password(hash, current)) throw AppError::unprocessable("wrong_password");
    if (!password_meets_policy(next)) throw AppError::unprocessable("weak_password");
    if (next == current) throw AppError::unprocessable("weak_password", {{"reason", "same"}});
    std::string fresh = hash_password(next);

    auto tx = db.write();
    const std::string now = clock::now_iso();
    tx.exec(
        "UPDATE users SET password_hash = :h, must_change_password = 0, version = version + 1, updated_at = "
        ":now "
        "WHERE id = :id",
        {{"h", fresh}, {"now", now}, {"id", me.user_id}});
    int64_t ended = tx.exec(
        "UPDATE sessions SET revoked_at = :now WHERE user_id = :u AND id <> :sid AND revoked_at IS NULL",
        {{"now", now}, {"u", me.user_id}, {"sid", me.session_id}});
    audit::append(tx, actor, "auth.password_changed", "user", std::to_string(me.user_id),
                  {{"other_sessions_ended", ended}});
    tx.commit();
    auth::invalidate_cached_sessions();
}

}  // namespace zhixie::auth
