#include "auth/use_cases/login.hpp"

#include <chrono>

#include "audit/audit_log.hpp"
#include "auth/password.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"

namespace zhixie::auth {

using namespace std::chrono;

namespace {

void record_attempt(storage::Tx& tx, const LoginInput& in, bool success) {
    tx.exec(
        "INSERT INTO login_attempts (committee_code, username, ip, at, success) VALUES (:c, :u, :ip, :at, "
        ":ok)",
        {{"c", in.committee_code},
         {"u", in.username},
         {"ip", in.ip},
         {"at", clock::now_iso()},
         {"ok", int64_t{success}}});
}

// Seconds until the account unlocks, or 0 when it is not locked.
int64_t locked_for(storage::Tx& tx, const LoginInput& in, const AuthSettings& s) {
    auto now = clock::now();
    const std::string since = clock::iso(now - minutes(s.lockout_minutes));
    // failures in the window that came after the last success
    auto last_ok = tx.one(
        "SELECT MAX(at) AS at FROM login_attempts WHERE committee_code = :c AND username = :u AND success = "
        "1",
        {{"c", in.committee_code}, {"u", in.username}});
    std::string from = since;
    if (last_ok && !last_ok->is_null("at") && last_ok->s("at") > from) from = last_ok->s("at");
    auto rows = tx.query(
        "SELECT at FROM login_attempts WHERE committee_code = :c AND username = :u AND success = 0 AND at > "
        ":from "
        "ORDER BY at DESC LIMIT :n",
        {{"c", in.committee_code}, {"u", in.username}, {"from", from}, {"n", int64_t{s.lockout_attempts}}});
    if (static_cast<int>(rows.size()) < s.lockout_attempts) return 0;
    // locked until the newest failure leaves the window
    auto unlock = clock::parse_iso(rows.front().s("at")) + minutes(s.lockout_minutes);
    return std::max<int64_t>(1, duration_cast<seconds>(unlock - now).count());
}

[[noreturn]] void throw_locked(int64_t secs) {
    throw AppError(423, "account_locked",
                   {{"retry_after_seconds", secs}, {"retry_after_minutes", (secs + 59) / 60}});
}

}  // namespace

LoginResult login(storage::Db& db, const LoginInput& in, const AuthSettings& s) {
    std::optional<int64_t> user_id;
    std::optional<int64_t> committee_id;
    std::string hash;
    bool disabled = false;
    {
        auto tx = db.read();
        if (int64_t secs = locked_for(tx, in, s)) throw_locked(secs);
        auto row = tx.one(
            "SELECT u.id, u.password_hash, u.disabled, c.id AS committee_id FROM users u JOIN committees c "
            "ON c.id = "
            "u.committee_id WHERE c.code = :c AND u.username = :u",
            {{"c", in.committee_code}, {"u", in.username}});
        if (row) {
            user_id = row->i("id");
            committee_id = row->i("committee_id");
            hash = row->s("password_hash");
            disabled = row->i("disabled") != 0;
        }
    }
    // Verify outside any transaction: argon2id is deliberately slow. Unknown users still pay for a
    // verification against a dummy hash so timing does not tell which part was wrong.
    static const std::string dummy = hash_password("not-a-real-password-Zx1!");
    bool ok = verify_password(user_id ? hash : dummy, in.password) && user_id.has_value();

    auto tx = db.write();
    if (int64_t secs = locked_for(tx, in, s))
        throw_locked(secs);  // another attempt may have locked it meanwhile
    record_attempt(tx, in, ok && !disabled);
    audit::Actor actor{user_id, committee_id, in.username, in.ip};
    if (!ok) {
        audit::append(tx, actor, "auth.login_failed", "user", user_id ? std::to_string(*user_id) : "",
                      {{"committee_code", in.committee_code}, {"username", in.username}});
        tx.commit();
        throw AppError(401, "invalid_credentials");
    }
    if (disabled) {
        tx.commit();
        throw AppError(403, "account_disabled");
    }
    auto principal = load_principal(tx, *user_id, s);
    if (!principal) throw AppError(401, "invalid_credentials");
    NewSession session = create_session(tx, *user_id, *committee_id, in.ip, in.user_agent, s);
    principal->session_id = session.id;
    principal->csrf_token = session.csrf_token;
    audit::append(tx, actor, "auth.login", "session", std::to_string(session.id),
                  {{"user_agent", in.user_agent}});
    tx.commit();
    return {std::move(*principal), session.token};
}

}  // namespace zhixie::auth
