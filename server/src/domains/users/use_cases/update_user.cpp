#include "audit/audit_log.hpp"
#include "auth/sessions.hpp"
#include "auth/catalogue.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "domains/users/users.hpp"

namespace zhixie::users {

nlohmann::json update_user(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                           const UserChange& c) {
    if (c.display_name && c.display_name->empty()) throw AppError::missing_field("display_name");
    if (c.roles)
        for (const auto& r : *c.roles)
            if (!auth::Catalogue::get().is_role(r))
                throw AppError::unprocessable("unknown_role", {{"role", r}});
    auto tx = db.write();
    nlohmann::json before = user_json(tx, me.committee_id, c.id);  // 404 for other committees
    if (before["version"].get<int64_t>() != c.version)
        throw AppError::conflict("stale_version", {{"current_version", before["version"]}});
    if (c.disabled && *c.disabled && c.id == me.user_id) throw AppError::invalid_field("disabled", "self");
    int64_t n = tx.exec(
        "UPDATE users SET display_name = COALESCE(:n, display_name), disabled = COALESCE(:d, disabled), "
        "version = "
        "version + 1, updated_at = :now WHERE id = :id AND committee_id = :c AND version = :v",
        {{"n", c.display_name ? storage::Value(*c.display_name) : storage::Value{}},
         {"d", c.disabled ? storage::Value(int64_t{*c.disabled}) : storage::Value{}},
         {"now", clock::now_iso()},
         {"id", c.id},
         {"c", me.committee_id},
         {"v", c.version}});
    if (n == 0) throw AppError::conflict("stale_version");
    if (c.roles) {
        tx.exec("DELETE FROM user_roles WHERE user_id = :u", {{"u", c.id}});
        for (const auto& r : *c.roles)
            tx.exec("INSERT INTO user_roles (user_id, role_code) VALUES (:u, :r)", {{"u", c.id}, {"r", r}});
    }
    if (c.unit_ids) set_user_units(tx, me.committee_id, c.id, *c.unit_ids);
    if (c.disabled && *c.disabled)
        tx.exec("UPDATE sessions SET revoked_at = :now WHERE user_id = :u AND revoked_at IS NULL",
                {{"now", clock::now_iso()}, {"u", c.id}});
    nlohmann::json after = user_json(tx, me.committee_id, c.id);
    audit::append(tx, actor, "user.updated", "user", std::to_string(c.id),
                  {{"before",
                    {{"display_name", before["display_name"]},
                     {"roles", before["roles"]},
                     {"units", before["units"]},
                     {"disabled", before["disabled"]}}},
                   {"after",
                    {{"display_name", after["display_name"]},
                     {"roles", after["roles"]},
                     {"units", after["units"]},
                     {"disabled", after["disabled"]}}}});
    tx.commit();
    auth::invalidate_cached_sessions();
    return after;
}

}  // namespace zhixie::users
