#include "audit/audit_log.hpp"
#include "core/crypto.hpp"
#include "core/error.hpp"
#include "domains/members/members.hpp"
#include "domains/users/users.hpp"

namespace zhixie::members {

nlohmann::json enable_account(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              int64_t id) {
    auto tx = db.write();
    auto m = member_json(tx, me.committee_id, id);
    if (!m["user_id"].is_null()) throw AppError::conflict("account_exists");
    // members sign in with their phone number; without one, with a stable member code
    std::string username = m["phone"].is_string() ? m["phone"].get<std::string>() : "m" + std::to_string(id);
    // an initial password that meets the policy; shown once, changed at first sign-in
    std::string password = "Zx#" + crypto::random_token(7) + "9";
    int64_t user_id = users::create_user(
        tx, actor, {me.committee_id, username, m["name"].get<std::string>(), password, {"member"}, true});
    tx.exec("UPDATE members SET user_id = :u WHERE person_uid = :p AND committee_id = :c",
            {{"u", user_id}, {"p", m["person_uid"].get<std::string>()}, {"c", me.committee_id}});
    audit::append(tx, actor, "member.account_enabled", "member", std::to_string(id),
                  {{"username", username}});
    tx.commit();
    return {{"username", username}, {"initial_password", password}, {"must_change_password", true}};
}

}  // namespace zhixie::members
