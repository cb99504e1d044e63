#include "auth/catalogue.hpp"
#include "core/error.hpp"
#include "domains/users/users.hpp"
#include "storage/like.hpp"

namespace zhixie::users {

nlohmann::json user_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto row = tx.one(
        "SELECT id, username, display_name, must_change_password, disabled, version, created_at, updated_at "
        "FROM "
        "users WHERE id = :id AND committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!row) throw AppError::not_found();
    auto o = row->json();
    o["must_change_password"] = row->i("must_change_password") != 0;
    o["disabled"] = row->i("disabled") != 0;
    std::vector<std::string> roles;
    for (const auto& r :
         tx.query("SELECT role_code FROM user_roles WHERE user_id = :u ORDER BY role_code", {{"u", id}}))
        roles.push_back(r.s("role_code"));
    o["roles"] = roles;
    nlohmann::json units = nlohmann::json::array();
    for (const auto& r :
         tx.query("SELECT n.id, n.name FROM user_units uu JOIN units n ON n.id = uu.unit_id WHERE "
                  "uu.user_id = :u ORDER BY n.id",
                  {{"u", id}}))
        units.push_back({{"id", r.i("id")}, {"name", r.s("name")}});
    o["units"] = units;
    return o;
}

nlohmann::json list_users(storage::Db& db, const auth::Principal& me, const UserQuery& q) {
    auto tx = db.read();
    const std::string like = storage::like_contains(q.q);
    storage::Params p{{"c", me.committee_id}, {"q", like}};
    const std::string esc(storage::kLikeEscape);
    const std::string where = " FROM users WHERE committee_id = :c AND (username LIKE :q" + esc +
                              " OR display_name LIKE :q" + esc + ")";
    int64_t total = tx.one("SELECT COUNT(*) AS n" + where, p)->i("n");
    p.emplace_back("lim", q.page_size);
    p.emplace_back("off", (q.page - 1) * q.page_size);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : tx.query("SELECT id" + where + " ORDER BY username LIMIT :lim OFFSET :off", p))
        items.push_back(user_json(tx, me.committee_id, r.i("id")));
    return {{"items", items}, {"total", total}};
}

nlohmann::json roles_json() {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : auth::Catalogue::get().roles())
        items.push_back({{"code", r.code},
                         {"name_zh", r.name_zh},
                         {"name_en", r.name_en},
                         {"permissions", r.permissions}});
    return {{"items", items}, {"total", items.size()}};
}

}  // namespace zhixie::users
