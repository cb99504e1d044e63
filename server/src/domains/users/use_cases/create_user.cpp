#include "audit/audit_log.hpp"
#include "auth/catalogue.hpp"
#include "auth/password.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/input.hpp"
#include "domains/users/users.hpp"

namespace zhixie::users {

namespace {
bool valid_username(const std::string& u) {
    if (u.size() < 2 || u.size() > 64) return false;
    for (char c : u)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-'))
            return false;
    return true;
}
}  // namespace

int64_t create_user(storage::Tx& tx, const audit::Actor& actor, const NewUser& u,
                    const std::optional<std::string>& password_hash) {
    if (!valid_username(u.username)) throw AppError::invalid_field("username", "a-z 0-9 _ . -");
    if (u.display_name.empty()) throw AppError::missing_field("display_name");
    if (!password_hash && !auth::password_meets_policy(u.password))
        throw AppError::unprocessable("weak_password");
    for (const auto& r : u.roles)
        if (!auth::Catalogue::get().is_role(r)) throw AppError::unprocessable("unknown_role", {{"role", r}});
    if (tx.one("SELECT id FROM users WHERE committee_id = :c AND username = :u",
               {{"c", u.committee_id}, {"u", u.username}}))
        throw AppError::conflict("duplicate", {{"field", "username"}});
    const std::string now = clock::now_iso();
    int64_t id = 0;
    try {
        id = tx.insert(
            "INSERT INTO users (committee_id, username, display_name, password_hash, must_change_password, "
            "created_at, "
            "updated_at) VALUES (:c, :u, :n, :h, :m, :now, :now) RETURNING id",
            {{"c", u.committee_id},
             {"u", u.username},
             {"n", u.display_name},
             {"h", password_hash ? *password_hash : auth::hash_password(u.password)},
             {"m", int64_t{u.must_change_password}},
             {"now", now}});
    } catch (const storage::UniqueViolation&) {
        // a concurrent create of the same username committed first (PostgreSQL: the check above saw nothing)
        throw AppError::conflict("duplicate", {{"field", "username"}});
    }
    for (const auto& r : u.roles)
        tx.exec("INSERT INTO user_roles (user_id, role_code) VALUES (:u, :r)", {{"u", id}, {"r", r}});
    if (!u.unit_ids.empty()) set_user_units(tx, u.committee_id, id, u.unit_ids);
    audit::Actor a = actor;
    if (!a.committee_id) a.committee_id = u.committee_id;
    audit::append(tx, a, "user.created", "user", std::to_string(id),
                  {{"after",
                    {{"username", u.username},
                     {"display_name", u.display_name},
                     {"roles", u.roles},
                     {"unit_ids", u.unit_ids}}}});
    return id;
}

nlohmann::json add_user(storage::Db& db, const audit::Actor& actor, const NewUser& u) {
    auto tx = db.write();
    int64_t id = create_user(tx, actor, u);
    auto out = user_json(tx, u.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::users
